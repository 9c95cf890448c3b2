import { z } from "@/lib/forms/zod";
import { Day, checkboxList, optionalNumber, optionalText, requiredNumber, requiredText, version } from "@/lib/forms/fields";
import { ClusterKind, ClusterStatus, PartnerKind, Theme } from "@/generated/prisma/enums";

export const PartnerInput = z.object({
  id: z.string().optional(),
  /** The entry of the Aract's partners directory it was picked from; absent when typed by hand. */
  partnerId: optionalText(50),
  name: requiredText("le nom du partenaire"),
  kind: z.enum(PartnerKind, { error: "Choisissez le type de partenaire." }),
  role: optionalText(300),
});

export const FunderInput = z.object({
  name: requiredText("le nom du financeur"),
  amountEuros: optionalNumber().pipe(
    z.number().min(0, "Le montant ne peut pas être négatif.").max(100_000_000, "Montant trop élevé.").optional(),
  ),
});

/** The cluster form, on the client and in the server action alike. */
export const ClusterInput = z
  .object({
    name: requiredText("le nom du cluster"),
    description: optionalText(),
    programmeId: optionalText(50),
    themes: checkboxList(z.enum(Theme), "Choisissez au moins un thème."),
    kind: z.enum(ClusterKind, { error: "Choisissez s'il est territorial ou sectoriel." }),
    territory: optionalText(200),
    sector: optionalText(200),
    startDate: Day,
    endDate: Day,
    plannedCollectiveSessions: requiredNumber("le nombre de demi-journées collectives prévues").pipe(
      z.number().int("Un nombre entier de demi-journées.").min(1, "Au moins une demi-journée.").max(60, "60 au plus."),
    ),
    plannedSupportDaysPerCompany: requiredNumber("le nombre de jours d'appui prévus").pipe(
      z
        .number()
        .min(0, "Ce nombre ne peut pas être négatif.")
        .max(100, "100 jours au plus.")
        .refine((n) => Number.isInteger(n * 2), "Par demi-journées : 1, 1,5, 2…"),
    ),
    staffUserIds: checkboxList(z.string(), "Désignez au moins un·e chargé·e de mission."),
    partners: z.array(PartnerInput).max(30),
    funders: z.array(FunderInput).max(30),
  })
  .superRefine((input, ctx) => {
    if (input.endDate < input.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "La fin doit suivre le début." });
    }
    if (input.kind === "TERRITORIAL" && !input.territory) {
      ctx.addIssue({ code: "custom", path: ["territory"], message: "Précisez le territoire." });
    }
    if (input.kind === "SECTORAL" && !input.sector) {
      ctx.addIssue({ code: "custom", path: ["sector"], message: "Précisez le secteur." });
    }
  });
export type ClusterInput = z.input<typeof ClusterInput>;

/** What the creation form starts from. */
export const EMPTY_CLUSTER: ClusterInput = {
  name: "",
  description: "",
  programmeId: "",
  themes: [],
  kind: "TERRITORIAL",
  territory: "",
  sector: "",
  startDate: "",
  endDate: "",
  plannedCollectiveSessions: 5,
  plannedSupportDaysPerCompany: 3,
  staffUserIds: [],
  partners: [],
  funders: [],
};

export const UpdateClusterInput = z.object({ id: z.string(), version: version(), cluster: ClusterInput });

export const ChangeClusterStatusInput = z
  .object({
    id: z.string(),
    to: z.enum(ClusterStatus),
    note: optionalText(1000),
    /** At the closing: every enrolled company finishes its journey too. */
    completeEnrolled: z.boolean().optional(),
  })
  .refine((input) => !input.completeEnrolled || input.to === "CLOSED", {
    path: ["completeEnrolled"],
    message: "Les parcours des entreprises se terminent ensemble à la clôture du cluster seulement.",
  });

// ───── The clusters list: filters, sort and page travel in the URL ─────

export const CLUSTER_SORTS = ["name", "startDate", "status", "companies"] as const;
export const PAGE_SIZE = 20;

const fallback = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const ClusterListQuery = z.object({
  q: fallback(z.string().trim().max(100)),
  status: fallback(z.enum(ClusterStatus)),
  theme: fallback(z.enum(Theme)),
  programme: fallback(z.string().max(50)),
  /** Running during the year: its period touches it. */
  year: fallback(z.coerce.number().int().min(2000).max(2100)),
  /** Started in the year. */
  started: fallback(z.coerce.number().int().min(2000).max(2100)),
  sort: z.enum(CLUSTER_SORTS).catch("startDate"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).catch(1),
});
export type ClusterListQuery = z.output<typeof ClusterListQuery>;
