import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireClusterPage } from "@/lib/clusters/page-access";
import { getSupportDayForEdit, getSupportFormOptions } from "@/lib/support/queries";
import { supportPeriodHint } from "@/lib/support/rules";
import { toDay, todayInFrance } from "@/lib/dates/day";
import { EditSupportDayForm } from "@/components/support/edit-support-day-form";

export const metadata: Metadata = { title: "Modifier un appui" };

type Props = { params: Promise<{ id: string; supportDayId: string }> };

export default async function EditSupportDayPage({ params }: Props) {
  const { scope, cluster, canEdit } = await requireClusterPage(params, "cluster:write");
  if (!canEdit) notFound();
  const { supportDayId } = await params;
  const [values, options] = await Promise.all([
    getSupportDayForEdit(scope, cluster.id, supportDayId),
    getSupportFormOptions(scope, cluster.id),
  ]);
  if (!values) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/clusters/${cluster.id}/appuis`}>Retour aux appuis individuels</Link>
      </p>
      <h2 className="text-2xl font-bold">Modifier un appui</h2>
      <EditSupportDayForm
        id={supportDayId}
        defaultValues={values}
        options={options}
        periodHint={supportPeriodHint({
          startDate: toDay(cluster.startDate),
          endDate: toDay(cluster.endDate),
          today: todayInFrance(),
        })}
      />
    </div>
  );
}
