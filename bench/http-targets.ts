import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { meetingLogTarget } from './http-action';
import { sessionCookie } from './http-session';
import { leadOfficer } from './zone';

/** One route under load: what is sent, and how a response is judged. */
export interface LoadTarget {
  name: string;
  /** Pages and the action have different p95 targets under the bounded load. */
  kind: 'page' | 'action';
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  /** A fresh body for each request; absent for pages. */
  body?: () => Buffer;
  /** Null when the response is what the browser asked for, else why not. */
  check: (status: number, body: string) => string | null;
  /** Takes back what the load wrote, once the server is down; says what it did. */
  undo?: () => Promise<string>;
}

/** A page is served when it answers 200 and holds its own content, not the login form or an error page. */
function pageCheck(marker: string): LoadTarget['check'] {
  return (status, body) => (status !== 200 ? `status ${status}` : body.includes(marker) ? null : `200 without ${marker}`);
}

// A type alias, not an interface: db.execute wants a row type with an index signature.
type BenchLead = { id: string; enterpriseId: string; ownerId: string; owner: string; meetings: number };

// Live meetings per live lead whose enterprise is live and whose owner is an active officer (who may log a
// meeting on it); the load's own meetings are soft-deleted afterwards, so they never count here.
const LEAD_MEETINGS = sql`
  select l.id, l.enterprise_id as "enterpriseId", u.id as "ownerId", u.username as owner, c.n::int as meetings
  from (select lead_id, count(*) as n from meetings where deleted_at is null and lead_id is not null group by lead_id) c
  join leads l on l.id = c.lead_id and l.deleted_at is null
  join enterprises e on e.id = l.enterprise_id and e.deleted_at is null
  join users u on u.id = l.owner_id and u.disabled_at is null and u.role = 'officer'`;

/** The lead with the longest timeline (the page's worst case) and one with the median number of meetings. */
async function benchLeads(db: Db): Promise<{ busiest: BenchLead; typical: BenchLead }> {
  const { rows } = await db.execute<BenchLead>(sql`
    with counted as (${LEAD_MEETINGS}), median as (select percentile_disc(0.5) within group (order by meetings) as n from counted)
    (select * from counted order by meetings desc, id limit 1)
    union all
    (select counted.* from counted, median where counted.meetings = median.n order by id limit 1)`);
  if (rows.length < 2) throw new Error('The bench data has no leads with meetings: run `npm run bench` first.');
  return { busiest: rows[0], typical: rows[1] };
}

/**
 * The routes of issue 9 item 8, each as the user who would open it: the login page as the floor, the lead
 * board of one team (its officer) and of the whole zone (a leader), the lead page of the busiest and of a
 * typical lead (their owners), the leaders' dashboard for the zone, and logging a meeting on the typical lead.
 */
export async function loadTargets(db: Db, { origin, secret, runId }: { origin: string; secret: string; runId: string }): Promise<LoadTarget[]> {
  const { busiest, typical } = await benchLeads(db);
  const cookies = new Map<string, string>();
  const cookieOf = async (username: string) => {
    if (!cookies.has(username)) cookies.set(username, await sessionCookie(db, username, secret));
    return { cookie: cookies.get(username)! };
  };
  const page = async (name: string, path: string, username: string, marker: string): Promise<LoadTarget> => ({
    name,
    kind: 'page',
    method: 'GET',
    path,
    headers: await cookieOf(username),
    check: pageCheck(marker),
  });
  return [
    { name: 'trivial page (login, the floor)', kind: 'page', method: 'GET', path: '/login', headers: {}, check: pageCheck('name="password"') },
    await page('lead board (one team, its officer)', '/leads', leadOfficer(0, 0), 'id="lead-column-lead"'),
    await page('lead board (zone, leader)', '/leads', 'bench-leader', 'id="lead-column-lead"'),
    await page(`lead page (${busiest.meetings} meetings, owner)`, `/leads/${busiest.id}`, busiest.owner, 'data-testid="lead-badges"'),
    await page(`lead page (${typical.meetings} meetings, owner)`, `/leads/${typical.id}`, typical.owner, 'data-testid="lead-badges"'),
    await page('dashboard (zone, leader)', '/dashboard', 'bench-leader', 'id="cockpit-title"'),
    meetingLogTarget(db, { leadId: typical.id, enterpriseId: typical.enterpriseId, ownerId: typical.ownerId }, { origin, runId, ...(await cookieOf(typical.owner)) }),
  ];
}
