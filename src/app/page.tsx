import { requireScope } from "@/lib/auth/scope";
import { listAractSummaries } from "@/lib/network/queries";
import { listActiveClusters } from "@/lib/clusters/queries";
import { listMyParticipations } from "@/lib/participations/queries";
import { listAractUsers } from "@/lib/users/queries";
import { NationalHome } from "@/components/home/national-home";
import { StaffHome } from "@/components/home/staff-home";
import { AractAdminHome } from "@/components/home/aract-admin-home";
import { CompanyHome } from "@/components/home/company-home";

export default async function HomePage() {
  const scope = await requireScope("home:read");
  switch (scope.role) {
    case "NATIONAL":
      return <NationalHome summaries={await listAractSummaries(scope)} />;
    case "ARACT_ADMIN": {
      const [users, clusters] = await Promise.all([listAractUsers(scope), listActiveClusters(scope)]);
      return <AractAdminHome aractName={scope.aractName} users={users} clusters={clusters} />;
    }
    case "CHARGE_DE_MISSION":
      return <StaffHome aractName={scope.aractName} clusters={await listActiveClusters(scope)} />;
    case "COMPANY_MEMBER":
      return <CompanyHome participations={await listMyParticipations(scope)} />;
  }
}
