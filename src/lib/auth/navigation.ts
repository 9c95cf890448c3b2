import { can, type Permission, type Role } from "./policy";

// The navigation shown to each role follows the policy table: an entry appears when its page is allowed.
const NAVIGATION: { href: string; label: string; permission: Permission }[] = [
  { href: "/", label: "Accueil", permission: "home:read" },
  { href: "/clusters", label: "Clusters", permission: "cluster:follow" },
  { href: "/candidatures", label: "Candidatures", permission: "application:read" },
  { href: "/rapports", label: "Rapports", permission: "report:read" },
  { href: "/modeles", label: "Modèles de diagnostic", permission: "template:read" },
  { href: "/ressources", label: "Ressources", permission: "resource:publish" },
  { href: "/administration", label: "Administration", permission: "user:read" },
  { href: "/compte", label: "Mon compte", permission: "home:read" },
];

export function navigationFor(role: Role) {
  return NAVIGATION.filter((item) => can(role, item.permission)).map(({ href, label }) => ({ href, label }));
}
