"use client";

import { useRouter } from "next/navigation";
import { acceptApplicationAction, declineApplicationAction, routeApplicationAction } from "@/lib/applications/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextAreaField } from "@/components/forms/fields";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";

type Ref = { applicationId: string; version: number };
type Option = { value: string; label: string };

/** Accepts into one of the Aract's open clusters: the structure is enrolled with its pair, who are invited. */
export function AcceptApplicationForm({ application, clusters, defaultClusterId }: { application: Ref; clusters: Option[]; defaultClusterId: string }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/applications/schemas").then((m) => m.AcceptApplicationInput),
    defaultValues: { ...application, clusterId: defaultClusterId },
    action: acceptApplicationAction,
    onSuccess: ({ clusterId, participationId }) => {
      router.push(`/clusters/${clusterId}/entreprises/${participationId}?inscrite=1`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <SelectField
        label="Cluster où l'inscrire"
        hint="Les clusters de l'Aract en recrutement ou en cours."
        id="accept-cluster"
        placeholder="Choisissez un cluster"
        options={clusters}
        error={errorOf("clusterId")}
        {...register("clusterId")}
      />
      <Button type="submit" disabled={submitting || clusters.length === 0}>
        {submitting ? "Inscription…" : "Accepter et inviter le binôme"}
      </Button>
    </form>
  );
}

/** Declines, with the reason the structure receives by e-mail. */
export function DeclineApplicationForm({ application }: { application: Ref }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/applications/schemas").then((m) => m.DeclineApplicationInput),
    defaultValues: { ...application, reason: "" },
    action: declineApplicationAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <TextAreaField
        label="Motif du refus"
        hint="Envoyé par e-mail à la direction de la structure, tel quel."
        id="decline-reason"
        error={errorOf("reason")}
        {...register("reason")}
      />
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Envoi…" : "Refuser la candidature"}
      </Button>
    </form>
  );
}

/** The national side gives an unrouted application to an Aract. */
export function RouteApplicationForm({ application, aracts }: { application: Ref; aracts: Option[] }) {
  const router = useRouter();
  const { submit, formError, errorOf, register, submitting } = useActionForm({
    schema: () => import("@/lib/applications/schemas").then((m) => m.RouteApplicationInput),
    defaultValues: { ...application, aractId: "" },
    action: routeApplicationAction,
    onSuccess: () => {
      router.push("/candidatures");
      router.refresh();
    },
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <SelectField
        label="Aract qui l'étudiera"
        id="route-aract"
        placeholder="Choisissez une Aract"
        options={aracts}
        error={errorOf("aractId")}
        {...register("aractId")}
      />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Envoi…" : "Confier à cette Aract"}
      </Button>
    </form>
  );
}
