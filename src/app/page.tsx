import { requireScope } from "@/lib/auth/scope";
import { cachedReport } from "@/lib/reports/cache";
import { todayInFrance } from "@/lib/dates/day";
import { listActiveClusters } from "@/lib/clusters/queries";
import { listMyParticipations } from "@/lib/participations/mine/queries";
import { listAractUsers } from "@/lib/users/queries";
import { listMyDiagnostics } from "@/lib/diagnostics/queries";
import { getActionPlanProgress } from "@/lib/action-plans/queries";
import { NationalHome } from "@/components/home/national-home";
import { StaffHome } from "@/components/home/staff-home";
import { AractAdminHome } from "@/components/home/aract-admin-home";
import { CompanyHome } from "@/components/home/company-home";

export default async function HomePage() {
  const scope = await requireScope("home:read");
  switch (scope.role) {
    case "NATIONAL":
      return <NationalHome report={await cachedReport(scope, {}, todayInFrance())} />;
    case "ARACT_ADMIN": {
      const [users, clusters] = await Promise.all([listAractUsers(scope), listActiveClusters(scope)]);
      return <AractAdminHome aractName={scope.aractName} users={users} clusters={clusters} />;
    }
    case "CHARGE_DE_MISSION":
      return <StaffHome aractName={scope.aractName} clusters={await listActiveClusters(scope)} />;
    case "COMPANY_MEMBER": {
      const participations = await listMyParticipations(scope);
      const followUps = await Promise.all(
        participations.map(async (p) => {
          const [diagnostics, plan] = await Promise.all([
            listMyDiagnostics(scope, p.cluster.id),
            getActionPlanProgress(scope, p.id),
          ]);
          return [p.id, { diagnostics, plan: plan?.progress ?? null }] as const;
        }),
      );
      return <CompanyHome participations={participations} followUps={Object.fromEntries(followUps)} />;
    }
  }
}
