import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isNational, requireScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/policy";
import { getTemplateContent, listTemplateVersions } from "@/lib/templates/queries";
import { findThemePack } from "@/lib/templates/packs";
import { contentOf, publishDecision, storedContent } from "@/lib/templates/rules";
import { THEME_LABELS } from "@/lib/clusters/labels";
import { formatDate, plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { TemplateContent } from "@/components/templates/template-content";
import { TemplateVersionsTable } from "@/components/templates/template-versions-table";
import { PublishTemplateButton } from "@/components/templates/publish-template-button";

export const metadata: Metadata = { title: "Modèle de diagnostic" };

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ version?: string | string[] }> };

export default async function TemplatePage({ params, searchParams }: Props) {
  const scope = await requireScope("template:read");
  const [{ key }, query] = await Promise.all([params, searchParams]);
  const versions = await listTemplateVersions(scope, key);
  const latest = versions[0];
  if (!latest) notFound();
  const wanted = Number(Array.isArray(query.version) ? query.version[0] : query.version);
  const shown = versions.find((v) => v.version === wanted) ?? latest;
  const sections = await getTemplateContent(scope, shown.id);
  if (!sections) notFound();

  // The national team sees whether the code holds changes not yet published.
  const pack = can(scope.role, "template:publish") ? findThemePack(key) : undefined;
  const latestSections = shown.id === latest.id ? sections : await getTemplateContent(scope, latest.id);
  const decision =
    pack && latestSections
      ? publishDecision({ version: latest.version, content: storedContent(latest, latestSections) }, contentOf(pack))
      : null;

  return (
    <>
      <nav aria-label="Fil d'Ariane" className="mb-4 text-sm">
        <Link href="/modeles">Modèles de diagnostic</Link> <span aria-hidden="true">›</span>{" "}
        <span aria-current="page">{shown.title}</span>
      </nav>
      <PageHeader title={shown.title} lead={shown.description ?? undefined} />
      <dl className="mb-8 grid gap-4 sm:grid-cols-3">
        <Fact label="Thème">{THEME_LABELS[shown.theme]}</Fact>
        <Fact label="Version affichée">
          Version {shown.version}
          {shown.publishedAt && `, publiée le ${formatDate(shown.publishedAt)}`}
          {shown.id !== latest.id && ` (la plus récente est la version ${latest.version})`}
        </Fact>
        <Fact label="Contenu">
          {plural(shown.sectionCount, "section")}, {plural(shown.questionCount, "question")}
        </Fact>
      </dl>

      {decision && (
        <Card title="Publication" className="mb-8">
          <p className="mb-3 max-w-3xl text-sm">
            Le contenu de ce modèle est défini dans le code de l'application.{" "}
            {decision.publish
              ? `Il a changé depuis la version ${latest.version} : le publier crée la version ${decision.version}. Les clusters gardent leur version tant que leur chargé·e de mission ne la change pas.`
              : `Il est identique à la version ${latest.version} : le publier ne crée pas de nouvelle version.`}
          </p>
          <PublishTemplateButton templateKey={key} />
        </Card>
      )}

      <h2 className="mb-3 text-2xl font-bold">Versions</h2>
      <div className="mb-8">
        <TemplateVersionsTable
          templateKey={key}
          versions={versions}
          selected={shown.version}
          clustersLabel={isNational(scope) ? "Clusters" : "Clusters de votre Aract"}
        />
      </div>

      <h2 className="mb-3 text-2xl font-bold">Questions de la version {shown.version}</h2>
      <TemplateContent sections={sections} />
    </>
  );
}
