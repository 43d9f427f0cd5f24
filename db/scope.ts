import 'server-only';
import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { enterprises, followUps, leads, meetings, notes, projects } from '@/db/schema';
import type { Viewer } from '@/db/queries/viewer';

const NOTHING = sql`false`;

/**
 * Which enterprises the viewer may change: admins any, officers their own team's, nobody else.
 * Used inside the same statement as the write, so an out-of-scope id reads as "not found".
 */
export function enterpriseWriteScope(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin') return undefined;
  if (viewer.role === 'officer' && viewer.teamId) return eq(enterprises.teamId, viewer.teamId);
  return NOTHING;
}

/** Which leads the viewer may see and change: admins and leaders all, officers their own team's. */
export function leadScope(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin' || viewer.role === 'leader') return undefined;
  if (viewer.role === 'officer' && viewer.teamId) return eq(leads.teamId, viewer.teamId);
  return NOTHING;
}

/** Rows held by team — records, and the rollups summing them: admins and leaders all, officers their own team's. */
export function teamScope(viewer: Viewer, teamId: AnyColumn): SQL | undefined {
  if (viewer.role === 'admin' || viewer.role === 'leader') return undefined;
  if (viewer.role === 'officer' && viewer.teamId) return eq(teamId, viewer.teamId);
  return NOTHING;
}

/** Meetings, follow-ups and notes a viewer may see: admins and leaders all, officers their own team's. */
export function teamRecordScope(viewer: Viewer, table: typeof meetings | typeof followUps | typeof notes): SQL | undefined {
  return teamScope(viewer, table.teamId);
}

/** Signed projects: admins and leaders see all, officers their own team's (like the leads they came from). */
export function projectScope(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin' || viewer.role === 'leader') return undefined;
  if (viewer.role === 'officer' && viewer.teamId) return eq(projects.teamId, viewer.teamId);
  return NOTHING;
}
