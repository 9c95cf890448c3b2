import Link from "next/link";

/**
 * The way back from a company-side page (its indicators, its follow-up): to the home page for the
 * company's own members, to the company's page in the cluster for the Aract's staff and the national team.
 */
export function CompanyBackLink({
  memberView,
  clusterId,
  participationId,
  companyName,
}: {
  memberView: boolean;
  clusterId: string;
  participationId: string;
  companyName: string;
}) {
  const back = memberView
    ? { href: "/", label: "← Accueil" }
    : { href: `/clusters/${clusterId}/entreprises/${participationId}`, label: `← ${companyName}` };
  return (
    <nav aria-label="Retour" className="text-sm">
      <Link href={back.href}>{back.label}</Link>
    </nav>
  );
}
