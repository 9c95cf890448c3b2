import { checkHealth } from "@/lib/health/queries";

// Public, for load balancers and supervisors: 200 when the database answers and holds every migration,
// 503 otherwise. It names migrations, never data.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
