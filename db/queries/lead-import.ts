import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { derivedColumns } from '@/db/enterprise-derived';
import { leadFacets } from '@/db/lead-derived';
import { auditLogs, enterprises, leadEvents, leads, teams, users, type ChainAction } from '@/db/schema';
import { nameKey, searchForm } from '@/lib/enterprise-name';
import { DomainError } from '@/lib/errors';
import { readImportSheet, rejectedRowsFile } from '@/lib/import/import-file';
import { withRowErrors, type ImportCounts, type ImportRowError, type RowCheck } from '@/lib/import/import-rows';
import { LEAD_COLUMNS, LEAD_HEADER_SPEC, LEAD_HEADERS, validateLeadRows, type LeadImportRow } from '@/lib/import/lead-columns';
import type { Sheet } from '@/lib/import/read-spreadsheet';
import { ACTIVE_STAGES } from '@/lib/lead-stages';
import { batches, insertBatched } from './batch-insert';
import { listChainOptions } from './chains';
import { assertId } from './ids';
import { isUniqueViolation } from './pg-errors';
import { assertCan, type Viewer } from './viewer';

/** A valid row whose firm another team is already working (撞单): imported, flagged on both sides. */
export interface LeadImportConflict {
  rowNumber: number;
  projectName: string;
  enterpriseName: string;
  /** Who works it: "followed by team X (owner)", no more (as on the enterprise page). */
  followers: { teamName: string; ownerName: string }[];
}

export interface LeadImportPreview {
  counts: ImportCounts & {
    /** Valid rows whose project the team already has on the same firm: skipped. */
    existing: number;
    /** Rows to import whose firm was found in the library by USCC, or by name… */
    matchedByUscc: number;
    matchedByName: number;
    /** …and the firms the import creates (one per distinct USCC or name). */
    newEnterprises: number;
    /** Rows to import that are 撞单. */
    conflicts: number;
  };
  /** Every problem, sorted by row then column. */
  errors: ImportRowError[];
  /** Every 撞单 row, by row. */
  conflicts: LeadImportConflict[];
}

export interface LeadImportOutcome {
  inserted: number;
  newEnterprises: number;
  conflicts: number;
  /** Rows the team already had. */
  skipped: number;
  invalid: number;
}

type Target = { kind: 'existing'; id: string; name: string; by: 'uscc' | 'name' } | { kind: 'new'; key: string };

interface LibraryEnterprise {
  id: string;
  name: string;
  uscc: string | null;
  nameKey: string;
  chainId: string | null;
  nodeId: string | null;
  chainAction: ChainAction | null;
}

interface Follower {
  id: string;
  enterpriseId: string;
  teamName: string;
  ownerName: string;
}

/** How the file's valid rows land: which go in (and on which firm), which firms are new, who is already there. */
interface Plan {
  check: RowCheck<LeadImportRow>;
  rows: { row: LeadImportRow; target: Target; conflict: boolean }[];
  skipped: number;
  fresh: { key: string; row: LeadImportRow }[];
  library: Map<string, LibraryEnterprise>;
  /** Other teams' active leads on the firms of 撞单 rows, by enterprise. */
  followers: Map<string, Follower[]>;
}

/**
 * The team the leads go to. An officer's leads are always their own team's (naming another is refused, not
 * silently corrected); an admin works outside teams, so they choose one.
 */
async function importTeamId(viewer: Viewer, teamId: string | null): Promise<string> {
  assertCan(viewer, 'leads.import');
  if (viewer.role !== 'admin') {
    if (!viewer.teamId) throw new DomainError('teamRequired', 'teamId');
    if (teamId && teamId !== viewer.teamId) throw new DomainError('forbidden');
    return viewer.teamId;
  }
  if (!teamId) throw new DomainError('importTeamRequired', 'teamId');
  assertId(teamId);
  const db = await getDb();
  const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!team) throw new DomainError('invalidChoice', 'teamId');
  return team.id;
}

/** Reads the file and checks each row on its own (cells, chains, the team's members); a file that cannot be imported is a DomainError. */
async function checkFile(viewer: Viewer, teamId: string, bytes: Uint8Array): Promise<{ sheet: Sheet; check: RowCheck<LeadImportRow> }> {
  const sheet = await readImportSheet(bytes, LEAD_HEADER_SPEC);
  const db = await getDb();
  const [chains, owners] = await Promise.all([
    listChainOptions(viewer),
    db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(and(eq(users.teamId, teamId), isNull(users.disabledAt))),
  ]);
  return { sheet, check: validateLeadRows(sheet.rows, { chains, owners }) };
}

// Map.groupBy is Node 21+; the app supports Node 20.
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const libraryColumns = {
  id: enterprises.id,
  name: enterprises.name,
  uscc: enterprises.uscc,
  nameKey: enterprises.nameKey,
  chainId: enterprises.chainId,
  nodeId: enterprises.nodeId,
  chainAction: enterprises.chainAction,
};

/**
 * Finds each row's firm: by USCC among live enterprises, else by nameKey (a firm with another USCC is
 * another firm; several candidates are an error on the row), else it is new. New firms are one per
 * distinct USCC, and a row without a USCC joins a new firm of the same name. Two indexed queries in all.
 */
async function matchEnterprises(q: Db | Tx, rows: LeadImportRow[]) {
  const usccs = [...new Set(rows.flatMap((r) => (r.enterprise.uscc ? [r.enterprise.uscc] : [])))];
  const byUscc = usccs.length
    ? await q.select(libraryColumns).from(enterprises).where(and(sql`${enterprises.uscc} = any(${sql.param(usccs)}::text[])`, isNull(enterprises.deletedAt)))
    : [];
  const usccHits = new Map(byUscc.map((e) => [e.uscc!, e]));
  const keys = [...new Set(rows.filter((r) => !usccHits.has(r.enterprise.uscc ?? '')).map((r) => nameKey(r.enterprise.name)))];
  const byKey = keys.length
    ? await q.select(libraryColumns).from(enterprises).where(and(sql`${enterprises.nameKey} = any(${sql.param(keys)}::text[])`, isNull(enterprises.deletedAt)))
    : [];
  const keyHits = groupBy(byKey, (e) => e.nameKey);

  const library = new Map<string, LibraryEnterprise>([...byUscc, ...byKey].map((e) => [e.id, e]));
  const targets = new Map<number, Target>();
  const errors: ImportRowError[] = [];
  const unmatched: LeadImportRow[] = [];
  for (const row of rows) {
    const { uscc, name } = row.enterprise;
    const hit = uscc ? usccHits.get(uscc) : undefined;
    if (hit) {
      targets.set(row.rowNumber, { kind: 'existing', id: hit.id, name: hit.name, by: 'uscc' });
      continue;
    }
    const candidates = (keyHits.get(nameKey(name)) ?? []).filter((e) => !uscc || !e.uscc);
    if (candidates.length > 1) errors.push({ rowNumber: row.rowNumber, column: LEAD_COLUMNS.enterpriseName, message: 'importAmbiguousEnterprise' });
    else if (candidates.length === 1) targets.set(row.rowNumber, { kind: 'existing', id: candidates[0].id, name: candidates[0].name, by: 'name' });
    else unmatched.push(row);
  }

  // Rows with a USCC first, so a row that names the same firm without one joins it whatever the order.
  const fresh: { key: string; row: LeadImportRow }[] = [];
  const freshByName = new Map<string, string>();
  const freshKeys = new Set<string>();
  for (const row of [...unmatched.filter((r) => r.enterprise.uscc), ...unmatched.filter((r) => !r.enterprise.uscc)]) {
    const byName = nameKey(row.enterprise.name);
    const key = row.enterprise.uscc ? `uscc:${row.enterprise.uscc}` : (freshByName.get(byName) ?? `name:${byName}`);
    if (!freshKeys.has(key)) {
      freshKeys.add(key);
      fresh.push({ key, row });
    }
    if (!freshByName.has(byName)) freshByName.set(byName, key);
    targets.set(row.rowNumber, { kind: 'new', key });
  }
  fresh.sort((a, b) => a.row.rowNumber - b.row.rowNumber);
  return { targets, errors, fresh, library };
}

/**
 * Works out what the import would do; with `lock`, inside the writing transaction, the other teams' leads
 * that become 撞单 are locked so a concurrent import or lead form sees the flag.
 */
async function planImport(q: Db | Tx, teamId: string, fileCheck: RowCheck<LeadImportRow>, lock: boolean): Promise<Plan> {
  const matched = await matchEnterprises(q, fileCheck.valid);
  const check = withRowErrors(fileCheck, matched.errors, LEAD_HEADERS);
  const placed = check.valid.map((row) => ({ row, target: matched.targets.get(row.rowNumber)! }));
  const existingIds = [...new Set(placed.flatMap(({ target }) => (target.kind === 'existing' ? [target.id] : [])))];

  // The team's own projects on those firms: importing the same ledger twice must not double it.
  const known = existingIds.length
    ? await q
        .select({ enterpriseId: leads.enterpriseId, projectName: leads.projectName })
        .from(leads)
        .where(and(eq(leads.teamId, teamId), sql`${leads.enterpriseId} = any(${sql.param(existingIds)}::uuid[])`, isNull(leads.deletedAt)))
    : [];
  const knownKeys = new Set(known.map((l) => `${l.enterpriseId}\n${searchForm(l.projectName)}`));
  const toWrite = placed.filter(({ row, target }) => target.kind === 'new' || !knownKeys.has(`${target.id}\n${searchForm(row.lead.projectName)}`));

  // 撞单 counts only while both sides are active: a row imported as 终止 does not compete.
  const contested = [
    ...new Set(toWrite.flatMap(({ row, target }) => (target.kind === 'existing' && ACTIVE_STAGES.includes(row.lead.stage) ? [target.id] : []))),
  ];
  const query = q
    .select({ id: leads.id, enterpriseId: leads.enterpriseId, teamName: teams.name, ownerName: users.displayName })
    .from(leads)
    .innerJoin(teams, eq(teams.id, leads.teamId))
    .innerJoin(users, eq(users.id, leads.ownerId))
    .where(
      and(
        sql`${leads.enterpriseId} = any(${sql.param(contested)}::uuid[])`,
        ne(leads.teamId, teamId),
        isNull(leads.deletedAt),
        inArray(leads.stage, [...ACTIVE_STAGES]),
      ),
    )
    .orderBy(teams.name);
  const others = contested.length === 0 ? [] : lock ? await query.for('update', { of: leads }) : await query;
  const followers = groupBy(others, (f) => f.enterpriseId);

  return {
    check,
    rows: toWrite.map(({ row, target }) => ({ row, target, conflict: target.kind === 'existing' && ACTIVE_STAGES.includes(row.lead.stage) && followers.has(target.id) })),
    skipped: placed.length - toWrite.length,
    // Only rows on firms already in the library can be skipped, so every new firm is written.
    fresh: matched.fresh,
    library: matched.library,
    followers,
  };
}

/**
 * Checks a ledger file for `teamId` (officers: their own team, or none given) without writing anything:
 * counts, every problem with its row and column, how each firm is found, and the 撞单 rows as warnings.
 * For viewers with leads.import.
 */
export async function previewLeadImport(viewer: Viewer, bytes: Uint8Array, opts: { teamId: string | null }): Promise<LeadImportPreview> {
  const teamId = await importTeamId(viewer, opts.teamId);
  const { sheet, check: fileCheck } = await checkFile(viewer, teamId, bytes);
  const plan = await planImport(await getDb(), teamId, fileCheck, false);
  const conflicts = plan.rows.flatMap(({ row, target, conflict }) => {
    if (!conflict || target.kind !== 'existing') return [];
    const followers = [...new Map(plan.followers.get(target.id)!.map((f) => [`${f.teamName}\n${f.ownerName}`, { teamName: f.teamName, ownerName: f.ownerName }])).values()];
    return [{ rowNumber: row.rowNumber, projectName: row.lead.projectName, enterpriseName: target.name, followers }];
  });
  return {
    counts: {
      read: sheet.rows.length,
      valid: plan.check.valid.length,
      invalid: plan.check.invalidRows.length,
      existing: plan.skipped,
      matchedByUscc: plan.rows.filter((r) => r.target.kind === 'existing' && r.target.by === 'uscc').length,
      matchedByName: plan.rows.filter((r) => r.target.kind === 'existing' && r.target.by === 'name').length,
      newEnterprises: plan.fresh.length,
      conflicts: conflicts.length,
    },
    errors: plan.check.errors,
    conflicts,
  };
}

/**
 * Imports the file's valid rows as leads of the team, in one transaction: firms not in the library are
 * created (kept by that team), each lead is stored with its stage, facets, a 'created' event and an audit
 * row, and 撞单 rows are flagged on both sides with a 'conflict' event, as when a lead is saved with the
 * warning acknowledged. The file is parsed and checked again here: nothing from the preview is trusted.
 * Rows the team already has are skipped. Nothing is written if any write fails.
 */
export async function commitLeadImport(viewer: Viewer, bytes: Uint8Array, opts: { teamId: string | null }): Promise<LeadImportOutcome> {
  const teamId = await importTeamId(viewer, opts.teamId);
  const { check: fileCheck } = await checkFile(viewer, teamId, bytes);
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const plan = await planImport(tx, teamId, fileCheck, true);
      await writePlan(tx, viewer, teamId, plan);
      return {
        inserted: plan.rows.length,
        newEnterprises: plan.fresh.length,
        conflicts: plan.rows.filter((r) => r.conflict).length,
        skipped: plan.skipped,
        invalid: plan.check.invalidRows.length,
      };
    })
    .catch((error: unknown) => {
      // The USCCs were looked up inside this transaction, so a clash means another user saved one meanwhile.
      if (isUniqueViolation(error, 'enterprises_uscc_key')) throw new DomainError('importConflict');
      throw error;
    });
}

/** The file's invalid rows (including firms the library cannot tell apart) with a 错误原因 column, to fix and import again. */
export async function rejectedLeadRowsXlsx(viewer: Viewer, bytes: Uint8Array, opts: { teamId: string | null }): Promise<Uint8Array> {
  const teamId = await importTeamId(viewer, opts.teamId);
  const { sheet, check: fileCheck } = await checkFile(viewer, teamId, bytes);
  const plan = await planImport(await getDb(), teamId, fileCheck, false);
  return rejectedRowsFile(sheet, plan.check.errors, LEAD_HEADERS);
}

type AuditEntry = typeof auditLogs.$inferInsert;
type EventEntry = typeof leadEvents.$inferInsert;

async function writePlan(tx: Tx, viewer: Viewer, teamId: string, plan: Plan): Promise<void> {
  const audits: AuditEntry[] = [];
  const events: EventEntry[] = [];

  // Ids are made here so leads, events and audit rows can refer to them without relying on RETURNING order.
  const freshIds = new Map(plan.fresh.map((f) => [f.key, randomUUID()]));
  const freshFirms = new Map<string, Pick<LibraryEnterprise, 'chainId' | 'nodeId' | 'chainAction'>>();
  await insertBatched(
    tx,
    enterprises,
    plan.fresh.map(({ key, row }) => {
      // The firm is placed where its first project is.
      const e = { name: row.enterprise.name, uscc: row.enterprise.uscc, province: '', city: '', chainId: row.lead.chainId, nodeId: row.lead.nodeId, chainAction: row.lead.chainAction, tags: [], teamId };
      freshFirms.set(key, e);
      audits.push({ actorId: viewer.id, action: 'create', entityType: 'enterprise', entityId: freshIds.get(key)!, changes: { ...e, via: 'leadImport', importRow: row.rowNumber } });
      return { id: freshIds.get(key)!, ...e, ...derivedColumns(e), createdBy: viewer.id };
    }),
  );

  const newLeadsByEnterprise = new Map<string, string[]>();
  const values = plan.rows.map(({ row, target, conflict }) => {
    const id = randomUUID();
    const enterpriseId = target.kind === 'existing' ? target.id : freshIds.get(target.key)!;
    // As in the lead form: without a chain of its own, the lead takes the firm's placement and direction.
    const firm = target.kind === 'existing' ? plan.library.get(target.id)! : freshFirms.get(target.key)!;
    const { ownerId, ...lead } = row.lead;
    const placement = lead.chainId ? { chainId: lead.chainId, nodeId: lead.nodeId } : { chainId: firm.chainId, nodeId: firm.nodeId };
    const fields = { ...lead, ...placement, chainAction: lead.chainAction ?? firm.chainAction, enterpriseId, teamId, ownerId: ownerId ?? viewer.id, conflict };
    if (conflict) newLeadsByEnterprise.set(enterpriseId, [...(newLeadsByEnterprise.get(enterpriseId) ?? []), id]);
    events.push({ leadId: id, actorId: viewer.id, kind: 'created', toStage: fields.stage, reason: fields.stageReason, data: { importRow: row.rowNumber } });
    audits.push({ actorId: viewer.id, action: 'create', entityType: 'lead', entityId: id, changes: { ...fields, via: 'import', importRow: row.rowNumber } });
    return { id, ...fields, facets: leadFacets(fields), createdBy: viewer.id };
  });
  await insertBatched(tx, leads, values);

  // 撞单 on both sides: the other teams' leads are flagged too, and every lead involved records who it clashes with.
  const flagged: string[] = [];
  for (const [enterpriseId, newIds] of newLeadsByEnterprise) {
    const otherIds = plan.followers.get(enterpriseId)!.map((f) => f.id);
    flagged.push(...otherIds);
    const involved = [...newIds, ...otherIds];
    for (const leadId of involved) events.push({ leadId, actorId: viewer.id, kind: 'conflict', data: { enterpriseId, leads: involved } });
  }
  for (const batch of batches(flagged)) {
    await tx.update(leads).set({ conflict: true, updatedAt: sql`now()` }).where(sql`${leads.id} = any(${sql.param(batch)}::uuid[])`);
  }
  await insertBatched(tx, leadEvents, events);
  await insertBatched(tx, auditLogs, audits);
}
