import type pg from "pg";
import type { QuestionType, Theme } from "@/generated/prisma/enums";
import { REGIONS } from "./regions.ts";
import type { Catalog, CatalogQuestion, CatalogTemplate } from "./rows.ts";

// What the generator builds on, read from the database: the Aracts already there for the regions (the
// demo's four), the national programmes, and the latest published version of each national template.

export async function loadCatalog(client: pg.Client): Promise<Catalog> {
  const aracts = await client.query<{ id: string; slug: string }>(
    `SELECT "id", "slug" FROM "Aract" WHERE "slug" = ANY($1::text[])`,
    [REGIONS.map((region) => region.slug)],
  );
  const programmes = await client.query<{
    id: string;
    code: string;
    themes: Theme[];
    startYear: number | null;
    endYear: number | null;
  }>(
    `SELECT "id", "code", "themes"::text[] AS "themes", "startYear", "endYear"
       FROM "Programme" WHERE "aractId" IS NULL ORDER BY "code"`,
  );
  const templates = await client.query<{ id: string; key: string; theme: Theme }>(
    `SELECT DISTINCT ON ("key") "id", "key", "theme"::text AS "theme"
       FROM "DiagnosticTemplate" WHERE "aractId" IS NULL AND "publishedAt" IS NOT NULL
      ORDER BY "key", "version" DESC`,
  );
  const questions = await client.query<
    CatalogQuestion & { templateId: string; options: CatalogQuestion["options"] | null; type: QuestionType }
  >(
    `SELECT q."id", q."templateId", q."key", q."type"::text AS "type", q."options", q."required"
       FROM "DiagnosticQuestion" q JOIN "DiagnosticSection" s ON s."id" = q."sectionId"
      WHERE q."templateId" = ANY($1::text[])
      ORDER BY s."position", q."position"`,
    [templates.rows.map((template) => template.id)],
  );
  return {
    aractIds: new Map(aracts.rows.map((row) => [row.slug, row.id])),
    programmes: programmes.rows,
    templates: templates.rows.map((template): CatalogTemplate => ({
      ...template,
      questions: questions.rows
        .filter((question) => question.templateId === template.id)
        .map(({ id, key, type, options, required }) => ({ id, key, type, options: options ?? [], required })),
    })),
  };
}
