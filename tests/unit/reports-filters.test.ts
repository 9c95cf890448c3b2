import { describe, expect, it } from "vitest";
import {
  describeFilters,
  filterParams,
  filterQueryString,
  narrowTo,
  NO_PROGRAMME,
  type FilterOptions,
} from "@/lib/reports/filter-params";
import { parseReportFilters, rejectionNotice } from "@/lib/reports/filters";

const NATIONAL: FilterOptions = {
  aracts: [{ id: "bzh", name: "Aract Bretagne" }, { id: "idf", name: "Aract Île-de-France" }],
  programmes: [{ id: "tempo", name: "Tempo" }],
  years: [2014, 2015],
  runningYears: [2014, 2015, 2016],
};
const ARACT: FilterOptions = { ...NATIONAL, aracts: null };

describe("the report filters of a URL", () => {
  it("read every valid filter under its French name", () => {
    const { filters, rejected } = parseReportFilters(
      { de: "2014", a: "2016", "en-cours": "2015", aract: "bzh", programme: "tempo", theme: "EGALITE_PROFESSIONNELLE", secteur: "Q", taille: "50-299" },
      NATIONAL,
    );
    expect(rejected).toEqual([]);
    expect(filters).toEqual({ from: 2014, to: 2016, running: 2015, aract: "bzh", programme: "tempo", theme: "EGALITE_PROFESSIONNELLE", sector: "Q", size: "50-299" });
  });

  it("set aside each invalid filter on its own and keep the others", () => {
    const { filters, rejected } = parseReportFilters({ theme: "FOO", taille: "géante", de: "1890", secteur: "Q", programme: "inconnu" }, NATIONAL);
    expect(filters).toEqual({ sector: "Q" });
    expect(rejected).toEqual(["from", "programme", "theme", "size"]);
    expect(rejectionNotice(rejected)).toBe(
      "Les filtres « Démarrés à partir de », « Programme », « Thème », « Taille d'entreprise » n'étaient pas valides : ils ont été ignorés.",
    );
    expect(rejectionNotice([])).toBeNull();
  });

  it("refuse an Aract to someone who sees one Aract only, and a period that ends before it starts", () => {
    expect(parseReportFilters({ aract: "idf" }, ARACT)).toEqual({ filters: {}, rejected: ["aract"] });
    expect(rejectionNotice(["aract"])).toBe("Le filtre « Aract » n'était pas valide : il a été ignoré.");
    expect(parseReportFilters({ de: "2016", a: "2014" }, NATIONAL)).toEqual({ filters: { from: 2016 }, rejected: ["to"] });
  });

  it("ignore empty values (a form sent with « Tous ») and take the first of repeated ones", () => {
    expect(parseReportFilters({ theme: "", de: ["2015", "2014"] }, NATIONAL)).toEqual({ filters: { from: 2015 }, rejected: [] });
  });
});

describe("the clusters without a programme", () => {
  it("are a programme filter of their own for every caller, narrowed to from the breakdown and named in words", () => {
    expect(parseReportFilters({ programme: "aucun" }, ARACT)).toEqual({ filters: { programme: NO_PROGRAMME }, rejected: [] });
    expect(narrowTo({ theme: "QVCT" }, "programme", NO_PROGRAMME)).toEqual({ theme: "QVCT", programme: NO_PROGRAMME });
    expect(narrowTo({}, "programme", "tempo")).toEqual({ programme: "tempo" });
    expect(filterParams({ programme: NO_PROGRAMME })).toEqual({ programme: "aucun" });
    expect(describeFilters({ programme: NO_PROGRAMME }, NATIONAL)).toContainEqual({ label: "Programme", value: "Sans programme" });
  });
});

describe("filters back into URLs and words", () => {
  it("write only the filters set, under their French names", () => {
    expect(filterParams({ theme: "QVCT", from: 2014 })).toEqual({ theme: "QVCT", de: "2014" });
    expect(filterQueryString({}, {})).toBe("");
    expect(filterQueryString({ size: "300-et-plus" }, { indicateur: "clusters" })).toBe("?taille=300-et-plus&indicateur=clusters");
  });

  it("narrow to one row of a breakdown", () => {
    expect(narrowTo({ theme: "QVCT" }, "year", "2015")).toEqual({ theme: "QVCT", from: 2015, to: 2015 });
    expect(narrowTo({}, "aract", "bzh")).toEqual({ aract: "bzh" });
    expect(narrowTo({ from: 2014 }, "theme", "TELETRAVAIL")).toEqual({ from: 2014, theme: "TELETRAVAIL" });
  });

  it("describe each filter in words for the exports", () => {
    expect(describeFilters({ from: 2014, to: 2014, aract: "bzh", theme: "EGALITE_PROFESSIONNELLE", size: "moins-de-50" }, NATIONAL)).toEqual([
      { label: "Période", value: "Clusters démarrés en 2014" },
      { label: "Aract", value: "Aract Bretagne" },
      { label: "Programme", value: "Tous" },
      { label: "Thème", value: "Égalité professionnelle" },
      { label: "Secteur d'activité", value: "Tous" },
      { label: "Taille d'entreprise", value: "Moins de 50 salariés" },
    ]);
    expect(describeFilters({}, NATIONAL)[0]).toEqual({ label: "Période", value: "Toutes les années" });
    expect(describeFilters({ from: 2014, to: 2016 }, NATIONAL)[0]?.value).toBe("Clusters démarrés à partir de 2014 et au plus tard en 2016");
    expect(describeFilters({ to: 2016 }, NATIONAL)[0]?.value).toBe("Clusters démarrés au plus tard en 2016");
    // Running during a year is another selection than starting in it; both may be asked at once.
    expect(describeFilters({ running: 2015 }, NATIONAL)[0]?.value).toBe("Clusters en cours pendant 2015");
    expect(describeFilters({ to: 2014, running: 2015 }, NATIONAL)[0]?.value).toBe("Clusters démarrés au plus tard en 2014, en cours pendant 2015");
  });
});
