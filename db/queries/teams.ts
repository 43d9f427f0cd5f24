import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { teams, users } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { TeamCreateInput, TeamUpdateInput } from '@/lib/validation/teams';
import { diff, writeAudit } from './audit';
import { isUniqueViolation } from './pg-errors';
import { assertId } from './ids';
import { assertCan, type Viewer } from './viewer';

export interface TeamRow {
  id: string;
  name: string;
  chainFocus: string;
  version: number;
  memberCount: number;
}

/** All teams with their active member counts. Admin only (teams.manage). */
export async function listTeams(viewer: Viewer): Promise<TeamRow[]> {
  assertCan(viewer, 'teams.manage');
  const db = await getDb();
  // Teams are a short list (one per chain); counting members per team is one grouped join.
  return db
    .select({
      id: teams.id,
      name: teams.name,
      chainFocus: teams.chainFocus,
      version: teams.version,
      memberCount: sql<number>`count(${users.id})::int`,
    })
    .from(teams)
    .leftJoin(users, and(eq(users.teamId, teams.id), sql`${users.disabledAt} is null`))
    .groupBy(teams.id)
    .orderBy(asc(teams.name));
}

/** Team names for pickers (user form, chain form, enterprise filters). */
export async function listTeamOptions(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  assertCan(viewer, 'users.manage', 'users.grant', 'chains.manage', 'enterprises.read');
  const db = await getDb();
  return db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name));
}

/** One team. Admin only. */
export async function getTeamOrThrow(viewer: Viewer, id: string) {
  assertCan(viewer, 'teams.manage');
  assertId(id);
  const db = await getDb();
  const [team] = await db
    .select({ id: teams.id, name: teams.name, chainFocus: teams.chainFocus, version: teams.version })
    .from(teams)
    .where(eq(teams.id, id));
  if (!team) throw new DomainError('notFound');
  return team;
}

/** Creates a team. Admin only. */
export async function insertTeam(viewer: Viewer, input: TeamCreateInput): Promise<{ id: string }> {
  assertCan(viewer, 'teams.manage');
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [team] = await tx.insert(teams).values(input).returning({ id: teams.id });
      await writeAudit(tx, viewer, { action: 'create', entityType: 'team', entityId: team.id, changes: input });
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'teams_name_key')) throw new DomainError('teamNameTaken', 'name');
    throw error;
  }
}

/** Renames or refocuses a team; a stale version is refused. Admin only. */
export async function updateTeam(viewer: Viewer, input: TeamUpdateInput): Promise<{ id: string }> {
  assertCan(viewer, 'teams.manage');
  const db = await getDb();
  const { id, version, ...patch } = input;
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(teams).where(eq(teams.id, id)).for('update');
      if (!before) throw new DomainError('notFound');
      if (before.version !== version) throw new DomainError('conflict');
      await tx
        .update(teams)
        .set({ ...patch, version: version + 1, updatedAt: sql`now()` })
        .where(eq(teams.id, id));
      await writeAudit(tx, viewer, { action: 'update', entityType: 'team', entityId: id, changes: diff(before, patch) });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'teams_name_key')) throw new DomainError('teamNameTaken', 'name');
    throw error;
  }
}
