import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { listAuditLog } from '@/db/queries/audit-log';
import { appSettings, auditLogs, users } from '@/db/schema';
import type { AuditFilter } from '@/lib/validation/audit';
import type { BenchCase } from '../measure';
import { NO_PASSWORD } from '../zone';
import { viewerOf } from './leads';

// A busy zone's two years of audit log, whatever the scale: the log grows with use, not with the library.
const ROWS = 1_000_000;
const META_KEY = 'bench-audit';
const ADMIN = 'bench-admin';
const DEEP_PAGE = 20;

/**
 * ROWS audit rows generated in SQL over two years before the data's end (2026-06-01), by every bench user and
 * some anonymous callers, from 4,000 addresses: mostly updates and creates, then logins, logouts, lead stage
 * moves, exports, deletes, refused calls and a few failed logins. The log refuses UPDATE and DELETE, so a
 * regeneration empties it with TRUNCATE and inserts anew; it runs only when the meta row is missing or differs.
 */
async function ensureAuditLog(db: Db): Promise<void> {
  await db.insert(users).values({ username: ADMIN, displayName: '基准测试管理员', role: 'admin', passwordHash: NO_PASSWORD }).onConflictDoNothing();
  const meta = { rows: ROWS };
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, META_KEY));
  if (row && JSON.stringify(row.value) === JSON.stringify(meta)) return;
  console.log(`Generating ${ROWS.toLocaleString('en')} audit rows`);
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate ${auditLogs}`);
    // Row g is g × 63 s before the end (two years over a million rows), written oldest first so ids grow with time.
    // Its action comes from g mod 1000: 400 update, 200 create, 120 login, 80 logout, 80 stage, 50 export, 40 delete,
    // 20 refused, 7 restore, 3 loginFailed.
    await tx.execute(sql`
      with u as (select id, username, row_number() over (order by username) - 1 as k from ${users}),
           n as (select count(*) as n from ${users}),
           g as (select g, g % 1000 as bucket, g % (select n from n) as uk from generate_series(${ROWS}, 1, -1) g),
           a as (select g.*, case
                   when bucket < 400 then 'update' when bucket < 600 then 'create' when bucket < 720 then 'login'
                   when bucket < 800 then 'logout' when bucket < 880 then 'stage' when bucket < 930 then 'export'
                   when bucket < 970 then 'delete' when bucket < 990 then 'refused' when bucket < 997 then 'restore'
                   else 'loginFailed' end as action
                 from g)
      insert into ${auditLogs} (at, actor_id, action, entity_type, entity_id, changes, ip)
      select timestamptz '2026-06-01 10:00+08' - a.g * interval '63 seconds' - (a.g % 997) * interval '1 millisecond',
             case when a.action = 'loginFailed' or (a.action = 'refused' and a.g % 4 = 0) then null else u.id end,
             a.action,
             case a.action when 'login' then 'user' when 'logout' then 'user' when 'loginFailed' then 'login'
               when 'export' then 'projects' when 'refused' then 'leads.write' when 'stage' then 'lead'
               else (array['lead', 'enterprise', 'project', 'meeting', 'contact'])[1 + a.g % 5] end,
             case when a.action in ('login', 'logout') then u.id::text when a.action = 'loginFailed' then u.username
               when a.action = 'export' then '' else md5((a.g % 200000)::text)::uuid::text end,
             case a.action
               when 'update' then jsonb_build_object('name', jsonb_build_array('旧名称' || a.g, '新名称' || a.g))
               when 'stage' then jsonb_build_object('stage', jsonb_build_array('contacted', 'visiting'))
               when 'refused' then jsonb_build_object('reason', 'forbidden')
               when 'loginFailed' then jsonb_build_object('reason', 'wrongPassword')
               else '{}'::jsonb end,
             '10.20.' || (a.g % 40) || '.' || ((a.g / 40) % 100)
      from a join u on u.k = a.uk`);
    await tx.insert(appSettings).values({ key: META_KEY, value: meta }).onConflictDoUpdate({ target: appSettings.key, set: { value: meta } });
  });
  await db.execute(sql`vacuum (analyze) ${auditLogs}`);
  console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** /admin/audit as an admin: the first page, a deep page, and each filter the page offers. */
export async function auditCases(db: Db): Promise<BenchCase[]> {
  await ensureAuditLog(db);
  const admin = await viewerOf(db, ADMIN);
  const [entity] = await db.select({ type: auditLogs.entityType, id: auditLogs.entityId }).from(auditLogs).where(eq(auditLogs.entityType, 'lead')).limit(1);
  let deep: string | undefined;
  for (let page = 0; page < DEEP_PAGE; page++) deep = (await listAuditLog(admin, { after: deep })).next ?? undefined;
  const list = (label: string, filter: Partial<AuditFilter>) => ({ label, run: () => listAuditLog(admin, filter) });
  return [
    {
      name: 'audit log',
      calls: [
        list('first page', {}),
        list(`page ${DEEP_PAGE + 1}`, { after: deep }),
        list('actor', { actor: 'bench-officer' }),
        list('action loginFailed', { action: 'loginFailed' }),
        list('entity type + id', { entityType: entity.type, entityId: entity.id }),
        list('entity id alone', { entityId: entity.id }),
        list('entity type alone', { entityType: 'contact' }),
        list('entity type alone, rare', { entityType: 'login' }),
        list('actor + rare action', { actor: 'bench-officer', action: 'restore' }),
        list('address', { ip: '10.20.7.42' }),
        list('one day', { from: '2025-09-15', to: '2025-09-15' }),
        list('one day + action', { action: 'export', from: '2025-09-15', to: '2025-09-15' }),
      ],
    },
  ];
}
