import type { Metadata } from "next";
import Link from "next/link";
import { requireScope } from "@/lib/auth/scope";
import { can, type Permission } from "@/lib/auth/policy";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Administration" };

// What each administrator runs from here; an entry shows when the caller's role may use its page.
const SECTIONS: { href: string; title: string; text: string; permission: Permission }[] = [
  {
    href: "/administration/aracts",
    title: "Aract du réseau",
    text: "Créer, modifier et désactiver les Aract ; nommer leurs administrateur·rices.",
    permission: "aract:manage",
  },
  {
    href: "/administration/utilisateurs",
    title: "Utilisateurs et rôles",
    text: "Inviter, changer un rôle, désactiver en confiant ses clusters.",
    permission: "user:read",
  },
  {
    href: "/administration/programmes",
    title: "Programmes",
    text: "Les programmes nationaux et régionaux, leurs budgets et financeurs.",
    permission: "programme:manage",
  },
  {
    href: "/administration/partenaires",
    title: "Partenaires",
    text: "L'annuaire des partenaires de l'Aract, proposé par le formulaire des clusters.",
    permission: "partner:manage",
  },
  {
    href: "/administration/journal",
    title: "Journal d'audit",
    text: "Qui a changé quoi, quand ; filtres et export.",
    permission: "audit:read",
  },
  {
    href: "/administration/personnes",
    title: "Données personnelles",
    text: "Exporter ou supprimer les données d'une personne, à sa demande.",
    permission: "personal-data:manage",
  },
];

export default async function AdministrationPage() {
  const scope = await requireScope("user:read");
  const sections = SECTIONS.filter((section) => can(scope.role, section.permission));
  return (
    <>
      <PageHeader title="Administration" lead={scope.aractName ? `L'${scope.aractName}` : "Le réseau Anact-Aract"} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.href} className="rounded-sm border border-line bg-white p-5">
            <h2 className="text-lg font-bold">
              <Link href={section.href}>{section.title}</Link>
            </h2>
            <p className="mt-2 text-sm text-muted">{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
