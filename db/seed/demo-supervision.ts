import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { closeSupervision, insertSupervision, reportSupervisionProgress } from '@/db/queries/supervision';
import { findActiveViewer } from '@/db/queries/viewer';
import { auditLogs, leads, projects, supervisionItems, supervisionUpdates, users } from '@/db/schema';
import { zoneToday } from '@/lib/project-status';
import { addDays } from '@/lib/zone-dates';
import { allowDemoBackdating } from './demo-backdating';

const ITEMS = [
  { on: 'project', title: '督促尽快完成施工许可办理，确保按期开工', days: -12, progress: '已与行政审批局对接，材料补正中。', close: false },
  { on: 'project', title: '协调解决项目用电增容问题', days: 10, progress: '供电公司已现场踏勘。', close: false },
  { on: 'lead', title: '本月内完成第二轮实地考察并形成洽谈纪要', days: -5, progress: null, close: false },
  { on: 'lead', title: '梳理企业提出的用地需求，提出选址建议', days: 20, progress: null, close: false },
  { on: 'project', title: '推动首笔到位资金在季度末前到账', days: -30, progress: '首笔资金已到位。', close: true },
] as const;

/**
 * A leader's supervision items (督办) on demo leads and projects, through the data layer like a leader would:
 * some overdue, one with progress reported, one closed. Skipped when the demo already has any.
 */
export async function seedDemoSupervision(db: Db): Promise<void> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(supervisionItems);
  if (n > 0) return;
  const [leaderRow] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'leader'));
  const leader = leaderRow && (await findActiveViewer(leaderRow.id));
  if (!leader) return;
  const [projectRows, leadRows] = await Promise.all([
    db.select({ id: projects.id, ownerId: projects.ownerId }).from(projects).where(isNull(projects.deletedAt)).orderBy(asc(projects.signedOn), asc(projects.id)).limit(3),
    db.select({ id: leads.id, ownerId: leads.ownerId }).from(leads).where(and(isNull(leads.deletedAt), eq(leads.stage, 'negotiating'))).orderBy(asc(leads.createdAt), asc(leads.id)).limit(2),
  ]);
  const today = zoneToday();
  const queue = { project: [...projectRows], lead: [...leadRows] };
  for (const item of ITEMS) {
    const record = queue[item.on].shift();
    if (!record) continue;
    const ref = item.on === 'project' ? { projectId: record.id, leadId: null } : { leadId: record.id, projectId: null };
    const { id } = await insertSupervision(leader, { ...ref, teamId: null, assigneeId: record.ownerId, title: item.title, deadline: addDays(today, item.days) });
    let version = 1;
    if (item.progress) {
      const officer = await findActiveViewer(record.ownerId);
      if (officer) version = (await reportSupervisionProgress(officer, { id, version, note: item.progress })).version;
    }
    if (item.close) await closeSupervision(leader, { id, version, remark: '已按期办结。' });
  }
  // Assigned a fortnight ago, as a leader would have: the whole trail (items, progress, audit) moves back together.
  const back = sql`interval '14 days'`;
  await db.transaction(async (tx) => {
    await tx.update(supervisionItems).set({ createdAt: sql`${supervisionItems.createdAt} - ${back}`, updatedAt: sql`${supervisionItems.updatedAt} - ${back}`, lastProgressAt: sql`${supervisionItems.lastProgressAt} - ${back}`, closedAt: sql`${supervisionItems.closedAt} - ${back}` });
    await tx.update(supervisionUpdates).set({ createdAt: sql`${supervisionUpdates.createdAt} - ${back}` });
    await allowDemoBackdating(tx);
    await tx.update(auditLogs).set({ at: sql`${auditLogs.at} - ${back}` }).where(eq(auditLogs.entityType, 'supervision'));
  });
}
