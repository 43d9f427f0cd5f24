import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { listRequests, requestFiguresByDepartment } from '@/db/queries/requests';
import { appSettings, departments, enterpriseRequests, requestEvents, users } from '@/db/schema';
import type { BenchCase } from '../measure';
import { BENCH_VIEWER, NO_PASSWORD } from '../zone';
import { viewerOf } from './leads';

// Two requests per signed project on average: a busy zone's few years of 企业诉求.
const REQUESTS = 100_000;
const DEPARTMENTS = 12;
const META_KEY = 'bench-requests';
const DEEP_PAGE = 20;

/**
 * 企业诉求 for the bench, generated in SQL from the signed projects: REQUESTS requests spread over DEPARTMENTS
 * departments (one liaison each), in every state with the history each state implies. Regenerated only when the
 * count or the projects changed.
 */
async function ensureRequests(db: Db): Promise<void> {
  const [{ projects }] = await db.execute<{ projects: number }>(sql`select count(*)::int as projects from projects where deleted_at is null`).then((r) => r.rows);
  const meta = { requests: REQUESTS, departments: DEPARTMENTS, projects };
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, META_KEY));
  // jsonb keeps keys in its own order, so the stored meta is compared key by key, not as JSON text.
  const stored = row?.value as Record<string, unknown> | undefined;
  if (stored && Object.entries(meta).every(([key, value]) => stored[key] === value)) return;
  console.log(`Generating ${REQUESTS.toLocaleString('en')} enterprise requests`);
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate ${requestEvents}, ${enterpriseRequests}`);
    await tx.execute(sql`insert into ${departments} (name) select '基准部门' || g from generate_series(1, ${DEPARTMENTS}) g on conflict do nothing`);
    await tx.execute(sql`
      insert into ${users} (username, display_name, role, department_id, password_hash)
      select 'bench-liaison-' || d.name, d.name || '联络员', 'liaison', d.id, ${NO_PASSWORD} from ${departments} d where d.name like '基准部门%'
      on conflict (username) do nothing`);
    // Row g: project g mod n, department g mod DEPARTMENTS, state by g mod 10 (2 待分派, 3 办理中, 2 已办结, 3 已确认),
    // raised up to two years before the data's end (2026-06-01) with a deadline up to 400 days later.
    await tx.execute(sql`
      with p as (select id, enterprise_id, team_id, owner_id, row_number() over (order by id) - 1 as k from projects where deleted_at is null),
           d as (select id, row_number() over (order by name) - 1 as k from ${departments} where name like '基准部门%'),
           -- The project's number is computed here, so the join below is a plain equality (a hash join).
           g as (select g, g % (select count(*) from projects where deleted_at is null) as pk, timestamptz '2026-06-01 10:00+08' - (g % 730) * interval '1 day' as raised
                 from generate_series(1, ${REQUESTS}) g)
      insert into ${enterpriseRequests} (enterprise_id, project_id, team_id, department_id, category, urgency, description, deadline, state, result, satisfaction, reopen_count, raised_by, accepted_at, resolved_at, confirmed_at, created_at, updated_at, version)
      select p.enterprise_id, case when g.g % 3 = 0 then null else p.id end, p.team_id, d.id,
             (enum_range(null::request_category))[1 + g.g % 8], (enum_range(null::request_urgency))[1 + (g.g / 7) % 3],
             '基准诉求 ' || g.g, (g.raised + (g.g % 400) * interval '1 day')::date,
             s.state::request_state, case when s.state in ('resolved', 'confirmed') then '已办结' else '' end,
             case when s.state = 'confirmed' then (enum_range(null::satisfaction))[1 + g.g % 2] end, 0, p.owner_id,
             case when s.state <> 'pending' then g.raised + interval '2 days' end,
             case when s.state in ('resolved', 'confirmed') then g.raised + (3 + g.g % 30) * interval '1 day' end,
             case when s.state = 'confirmed' then g.raised + (5 + g.g % 30) * interval '1 day' end,
             g.raised, g.raised, case s.state when 'pending' then 1 when 'in_progress' then 2 when 'resolved' then 3 else 4 end
      from g
      join p on p.k = g.pk
      join d on d.k = g.g % ${DEPARTMENTS}
      cross join lateral (select (array['pending', 'pending', 'in_progress', 'in_progress', 'in_progress', 'resolved', 'resolved', 'confirmed', 'confirmed', 'confirmed'])[1 + (g.g / 3) % 10] as state) s`);
    await tx.execute(sql`
      insert into ${requestEvents} (request_id, actor_id, step, from_state, to_state, note, satisfaction, at)
      select r.id, e.actor, e.step::request_step, e.from_state::request_state, e.to_state::request_state, '', e.satisfaction, e.at
      from ${enterpriseRequests} r
      join ${users} l on l.department_id = r.department_id and l.role = 'liaison'
      cross join lateral (values
        ('raise', null, 'pending', r.raised_by, r.created_at, null::satisfaction, true),
        ('accept', 'pending', 'in_progress', l.id, r.accepted_at, null, r.accepted_at is not null),
        ('resolve', 'in_progress', 'resolved', l.id, r.resolved_at, null, r.resolved_at is not null),
        ('confirm', 'resolved', 'confirmed', r.raised_by, r.confirmed_at, r.satisfaction, r.confirmed_at is not null)
      ) as e(step, from_state, to_state, actor, at, satisfaction, happened)
      where e.happened
      order by e.at`);
    await tx.insert(appSettings).values({ key: META_KEY, value: meta }).onConflictDoUpdate({ target: appSettings.key, set: { value: meta } });
  });
  await db.execute(sql`vacuum (analyze) ${enterpriseRequests}, ${requestEvents}`);
  console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * /requests as a leader (open, overdue, everything, one department and category, a deep page), as the bench officer
 * and as one department's liaison; and the dashboard's per-department figures for each of them.
 */
export async function requestCases(db: Db): Promise<BenchCase[]> {
  await ensureRequests(db);
  const [leader, officer] = await Promise.all([viewerOf(db, 'bench-leader'), viewerOf(db, BENCH_VIEWER)]);
  const liaison = await viewerOf(db, 'bench-liaison-基准部门1');
  let deep: string | undefined;
  for (let page = 0; page < DEEP_PAGE; page++) deep = (await listRequests(leader, { state: 'all', after: deep })).next ?? undefined;
  const list = (label: string, viewer: typeof leader, filter: Parameters<typeof listRequests>[1]) => ({ label, run: () => listRequests(viewer, filter) });
  return [
    {
      name: 'requests list',
      calls: [
        list('leader open', leader, { state: 'open' }),
        list('leader overdue', leader, { state: 'overdue' }),
        list('leader all', leader, { state: 'all' }),
        list('leader department + category', leader, { state: 'open', departmentId: liaison.departmentId!, category: 'approval' }),
        list(`leader all, page ${DEEP_PAGE + 1}`, leader, { state: 'all', after: deep }),
        list('officer open', officer, { state: 'open' }),
        list('liaison open', liaison, { state: 'open' }),
        list('liaison confirmed', liaison, { state: 'confirmed' }),
      ],
    },
    {
      name: 'request figures by department',
      calls: [
        { label: 'leader', run: () => requestFiguresByDepartment(leader) },
        { label: 'officer', run: () => requestFiguresByDepartment(officer) },
        { label: 'liaison', run: () => requestFiguresByDepartment(liaison) },
      ],
    },
  ];
}
