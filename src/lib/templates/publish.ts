import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { TemplateDefinition } from "./definitions";
import { compatibilityProblems, contentOf, definitionProblems, publishDecision, storedContent } from "./rules";

// Publishing a theme pack. Kept apart from mutations.ts (which re-exports it) because the demo seed runs
// it outside Next.js: no "server-only" here, no shared database client, the writer comes from the caller.
// That is also why the audit entry is written with the writer directly rather than through recordAudit.

type Writer = PrismaClient | Prisma.TransactionClient;

export type PublishResult =
  | { published: true; templateId: string; version: number }
  | { published: false; templateId: string; version: number; reason: string };

/** The latest version of a key (national templates only), with its content as stored. */
async function latestVersion(tx: Prisma.TransactionClient, key: string) {
  const row = await tx.diagnosticTemplate.findFirst({
    where: { key, aractId: null },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      theme: true,
      title: true,
      description: true,
      sections: {
        orderBy: { position: "asc" },
        select: {
          key: true,
          title: true,
          questions: {
            orderBy: { position: "asc" },
            select: { key: true, type: true, label: true, help: true, options: true, required: true },
          },
        },
      },
    },
  });
  if (!row) return null;
  return { id: row.id, version: row.version, content: storedContent(row, row.sections) };
}

async function publishIn(
  tx: Prisma.TransactionClient,
  definition: TemplateDefinition,
  publishedBy: string | null,
): Promise<PublishResult> {
  const problems = definitionProblems(definition);
  if (problems.length > 0) throw new AppError(`Ce modèle ne peut pas être publié : ${problems.join(" ")}`);
  const content = contentOf(definition);
  const latest = await latestVersion(tx, definition.key);
  const decision = publishDecision(latest, content);
  if (!decision.publish)
    return { published: false, templateId: latest!.id, version: decision.version, reason: decision.reason };
  const incompatible = latest ? compatibilityProblems(latest.content, content) : [];
  if (incompatible.length > 0) throw new AppError(`Ce modèle ne peut pas être publié : ${incompatible.join(" ")}`);

  const template = await tx.diagnosticTemplate.create({
    data: {
      key: definition.key,
      version: decision.version,
      theme: definition.theme,
      title: content.title,
      description: content.description,
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  for (const [sectionPosition, section] of content.sections.entries()) {
    const created = await tx.diagnosticSection.create({
      data: { templateId: template.id, key: section.key, title: section.title, position: sectionPosition + 1 },
      select: { id: true },
    });
    await tx.diagnosticQuestion.createMany({
      data: section.questions.map((question, position) => ({
        templateId: template.id,
        sectionId: created.id,
        key: question.key,
        label: question.label,
        help: question.help,
        type: question.type,
        options: question.options.length > 0 ? question.options : undefined,
        required: question.required,
        position: position + 1,
      })),
    });
  }
  await tx.auditEvent.create({
    data: {
      actorId: publishedBy,
      aractId: null,
      action: "template.published",
      entityType: "DiagnosticTemplate",
      entityId: template.id,
      changes: { key: definition.key, version: decision.version },
    },
  });
  return { published: true, templateId: template.id, version: decision.version };
}

/**
 * Publishes a theme pack: version N+1 of its key when its content differs from version N, nothing when
 * it is the same. Earlier versions, and the answers that point at them, are never touched. Runs in a
 * transaction of its own when given the client, or inside the caller's when given one.
 */
export async function publishTemplate(
  writer: Writer,
  definition: TemplateDefinition,
  publishedBy: string | null = null,
): Promise<PublishResult> {
  if ("$transaction" in writer) return writer.$transaction((tx) => publishIn(tx, definition, publishedBy));
  return publishIn(writer, definition, publishedBy);
}
