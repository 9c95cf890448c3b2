"use client";

import { findFigure } from "@/lib/reports/figures";
import { filterQueryString, narrowTo } from "@/lib/reports/filter-params";
import type { ReportFilters } from "@/lib/reports/filters";
import type { Report } from "@/lib/reports/queries";
import { plural } from "@/lib/format/fr";
import { SECRET_LABEL } from "@/lib/reports/suppression";
import { FigureGrid } from "./figure-grid";
import { BreakdownSection } from "./breakdown-section";

// The figures of a dashboard. A client component on purpose: the server sends the report's numbers once
// (a few kilobytes) instead of the serialized tree of every cell, and the HTML is rendered once from them;
// the dashboard page costs half as much to serve that way.

const drillHref = (filters: ReportFilters, figure: string) =>
  `/rapports/clusters${filterQueryString(filters, { indicateur: figure })}`;

const clusters = findFigure("clusters")!;
const companies = findFigure("companies")!;

export function ReportView({ report, filters, byAract }: { report: Report; filters: ReportFilters; byAract: boolean }) {
  const rowHref = (dimension: "aract" | "theme" | "year" | "programme") => (key: string) =>
    drillHref(narrowTo(filters, dimension, key), "clusters");
  return (
    <>
      <p role="status" className="mb-6 text-muted">
        {report.total.counts
          ? `Sélection : ${plural(report.total.counts.clusters, "cluster", "clusters")}, ${plural(report.total.counts.companies, "entreprise accompagnée", "entreprises accompagnées")}.`
          : `Sélection : ${SECRET_LABEL}, ses chiffres ne sont pas diffusés.`}
      </p>
      <FigureGrid total={report.total} drillHref={(figure) => drillHref(filters, figure)} />
      <div className="mt-10 space-y-8">
        {byAract && (
          <BreakdownSection id="par-aract" title="Par Aract" by="par Aract" rowHeader="Aract" rows={report.byAract} charted={companies} rowHref={rowHref("aract")} />
        )}
        <BreakdownSection id="par-theme" title="Par thème" by="par thème" rowHeader="Thème" rows={report.byTheme} charted={clusters} rowHref={rowHref("theme")} />
        <BreakdownSection id="par-annee" title="Par année de démarrage" by="par année de démarrage" rowHeader="Année" rows={report.byYear} charted={companies} rowHref={rowHref("year")} />
        {!filters.programme && (
          <BreakdownSection id="par-programme" title="Par programme" by="par programme" rowHeader="Programme" rows={report.byProgramme} charted={clusters} rowHref={rowHref("programme")} />
        )}
      </div>
    </>
  );
}
