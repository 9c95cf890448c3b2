import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireScope } from "@/lib/auth/scope";
import { getProgrammeForEdit } from "@/lib/programmes/queries";
import { plural } from "@/lib/format/fr";
import { PageHeader } from "@/components/ui/page-header";
import { EditProgrammeForm } from "@/components/programmes/edit-programme-form";

export const metadata: Metadata = { title: "Modifier un programme" };

type Props = { params: Promise<{ id: string }> };

export default async function EditProgrammePage({ params }: Props) {
  const scope = await requireScope("programme:manage");
  // A national programme for an Aract administrator, or another Aract's: not theirs, so not found.
  const programme = await getProgrammeForEdit(scope, (await params).id);
  if (!programme) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/administration/programmes">← Programmes</Link>
      </p>
      <PageHeader
        title={`Modifier « ${programme.name} »`}
        lead={
          programme.clusters > 0
            ? `${plural(programme.clusters, "cluster est mené", "clusters sont menés")} sous ce programme : ils le suivront.`
            : "Aucun cluster n'est encore mené sous ce programme."
        }
      />
      <EditProgrammeForm id={programme.id} defaultValues={programme.values} />
    </>
  );
}
