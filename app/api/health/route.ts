import { checkHealth } from '@/db/queries/health';

export const dynamic = 'force-dynamic';

/** For load balancers and the e2e runner: 200 when the database answers, 503 with the reason when not. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
