import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, isNull, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { auditLogs, contacts, enterprises, type Enterprise } from '@/db/schema';
import { derivedColumns } from '@/db/enterprise-derived';
import { enterpriseWriteScope } from '@/db/scope';
import { DomainError } from '@/lib/errors';
import { IMPORT_HEADER_SPEC, IMPORT_HEADERS, validateImportRows, type ImportCheck, type ImportEnterprise, type ImportRow } from '@/lib/import/enterprise-columns';
import { readImportSheet, rejectedRowsFile } from '@/lib/import/import-file';
import type { ImportCounts, ImportRowError } from '@/lib/import/import-rows';
import type { Sheet } from '@/lib/import/read-spreadsheet';
import { diff } from './audit';
import { batches, insertBatched } from './batch-insert';
import { listChainOptions } from './chains';
import { isUniqueViolation } from './pg-errors';
import { assertCan, type Viewer } from './viewer';

export type ExistingChoice = 'update' | 'skip';

export interface ImportPreview {
  counts: ImportCounts & {
    /** Valid rows whose USCC is already in the library… */
    existing: number;
    /** …of which this viewer may not change (another team keeps them): always skipped. */
    existingNotYours: number;
  };
  /** Every problem, sorted by row then column. */
  errors: ImportRowError[];
}

export interface ImportOutcome {
  inserted: number;
  updated: number;
  /** Valid rows not written: existing enterprises the user chose to skip, plus `notYours`. */
  skipped: number;
  notYours: number;
  invalid: number;
}

/** Reads and validates the file; a file that cannot be imported at all is a DomainError. */
async function checkFile(viewer: Viewer, bytes: Uint8Array): Promise<{ sheet: Sheet; check: ImportCheck }> {
  const sheet = await readImportSheet(bytes, IMPORT_HEADER_SPEC);
  const chains = await listChainOptions(viewer);
  return { sheet, check: validateImportRows(sheet.rows, chains) };
}

const usccsOf = (rows: ImportRow[]) => rows.flatMap((r) => (r.enterprise.uscc ? [r.enterprise.uscc] : []));

/**
 * The live enterprises holding any of `usccs`, in one query, each with whether this viewer may change
 * it (the same team scope as every enterprise write). Locked when the import is about to update them.
 */
async function existingByUscc(q: Db | Tx, viewer: Viewer, usccs: string[], lock: boolean): Promise<Map<string, { row: Enterprise; mayEdit: boolean }>> {
  if (usccs.length === 0) return new Map();
  const scope = enterpriseWriteScope(viewer);
  const query = q
    .select({ row: enterprises, mayEdit: scope ? sql<boolean>`coalesce(${scope}, false)` : sql<boolean>`true` })
    .from(enterprises)
    .where(and(sql`${enterprises.uscc} = any(${sql.param(usccs)}::text[])`, isNull(enterprises.deletedAt)));
  const found = lock ? await query.for('update') : await query;
  return new Map(found.map((e) => [e.row.uscc!, e]));
}

/**
 * Checks an uploaded import file without writing anything: counts, every problem with its row and
 * column, and how many rows match an enterprise already in the library. For viewers with enterprises.import.
 */
export async function previewEnterpriseImport(viewer: Viewer, bytes: Uint8Array): Promise<ImportPreview> {
  assertCan(viewer, 'enterprises.import');
  const { sheet, check } = await checkFile(viewer, bytes);
  const existing = await existingByUscc(await getDb(), viewer, usccsOf(check.valid), false);
  return {
    counts: {
      read: sheet.rows.length,
      valid: check.valid.length,
      invalid: check.invalidRows.length,
      existing: existing.size,
      existingNotYours: [...existing.values()].filter((e) => !e.mayEdit).length,
    },
    errors: check.errors,
  };
}

/**
 * Imports the file's valid rows in one transaction: new enterprises are inserted (kept by the officer's
 * team; an admin's by no team), rows whose USCC exists update it when `existing` is 'update' and the
 * viewer may edit it (officers: their own team's), and are skipped otherwise. The file is parsed and
 * validated again here: a list from the client is never trusted. Nothing is written if any write fails.
 */
export async function commitEnterpriseImport(viewer: Viewer, bytes: Uint8Array, opts: { existing: ExistingChoice }): Promise<ImportOutcome> {
  assertCan(viewer, 'enterprises.import');
  const { check } = await checkFile(viewer, bytes);
  const db = await getDb();
  return db
    .transaction(async (tx) => {
      const existing = await existingByUscc(tx, viewer, usccsOf(check.valid), opts.existing === 'update');
      const fresh: ImportRow[] = [];
      const updates: { row: ImportRow; before: Enterprise }[] = [];
      let skipped = 0;
      let notYours = 0;
      for (const row of check.valid) {
        const found = row.enterprise.uscc ? existing.get(row.enterprise.uscc) : undefined;
        if (!found) fresh.push(row);
        else if (!found.mayEdit) notYours++;
        else if (opts.existing === 'update') updates.push({ row, before: found.row });
        else skipped++;
      }
      await insertRows(tx, viewer, fresh);
      await updateRows(tx, viewer, updates);
      return { inserted: fresh.length, updated: updates.length, skipped: skipped + notYours, notYours, invalid: check.invalidRows.length };
    })
    .catch((error: unknown) => {
      // The USCCs were looked up inside this transaction, so a clash means another user saved one meanwhile.
      if (isUniqueViolation(error, 'enterprises_uscc_key')) throw new DomainError('importConflict');
      throw error;
    });
}

/** The file's invalid rows with all their columns and a 错误原因 column, to fix and import again. */
export async function rejectedRowsXlsx(viewer: Viewer, bytes: Uint8Array): Promise<Uint8Array> {
  assertCan(viewer, 'enterprises.import');
  const { sheet, check } = await checkFile(viewer, bytes);
  return rejectedRowsFile(sheet, check.errors, IMPORT_HEADERS);
}

type AuditEntry = typeof auditLogs.$inferInsert;

async function insertRows(tx: Tx, viewer: Viewer, rows: ImportRow[]): Promise<void> {
  // Only admins work outside a team; an officer's new enterprises are always their team's.
  const teamId = viewer.role === 'admin' ? null : viewer.teamId;
  // Ids are made here so contacts and audit rows can refer to them without relying on RETURNING order.
  const created = rows.map((row) => ({ row, id: randomUUID() }));
  await insertBatched(
    tx,
    enterprises,
    created.map(({ row, id }) => {
      const e = { ...row.enterprise, teamId };
      return { id, ...e, ...derivedColumns(e), createdBy: viewer.id };
    }),
  );
  const audits: AuditEntry[] = created.map(({ row, id }) => ({
    actorId: viewer.id,
    action: 'create',
    entityType: 'enterprise',
    entityId: id,
    changes: { ...row.enterprise, teamId, importRow: row.rowNumber },
  }));
  await insertContacts(tx, viewer, created.flatMap(({ row, id }) => (row.contact ? [{ enterpriseId: id, ...row.contact, isPrimary: true }] : [])), audits);
}

/** Adds each row's contact; audit rows for them are added to `audits`, and all of them are written. */
async function insertContacts(tx: Tx, viewer: Viewer, newContacts: (typeof contacts.$inferInsert)[], audits: AuditEntry[]): Promise<void> {
  const withIds = newContacts.map((c) => ({ ...c, id: randomUUID() }));
  await insertBatched(tx, contacts, withIds);
  for (const c of withIds) audits.push({ actorId: viewer.id, action: 'create', entityType: 'contact', entityId: c.id, changes: { ...c, via: 'import' } });
  await insertBatched(tx, auditLogs, audits);
}

/**
 * What an import row changes on an existing enterprise: its non-blank cells only, so a sheet that lacks
 * a column (or leaves a cell empty) never wipes what the office already recorded. A chain without a
 * link clears the old link, which belonged to the old chain.
 */
function importPatch(e: ImportEnterprise): Partial<Enterprise> {
  const patch: Partial<Enterprise> = { name: e.name };
  for (const key of ['province', 'city', 'industry', 'website', 'address', 'intro', 'source'] as const) if (e[key]) patch[key] = e[key];
  if (e.chainId) Object.assign(patch, { chainId: e.chainId, nodeId: e.nodeId });
  if (e.chainAction) patch.chainAction = e.chainAction;
  if (e.tags.length > 0) patch.tags = e.tags;
  if (e.registeredCapital !== null) patch.registeredCapital = e.registeredCapital;
  if (e.scale) patch.scale = e.scale;
  return patch;
}

async function updateRows(tx: Tx, viewer: Viewer, updates: { row: ImportRow; before: Enterprise }[]): Promise<void> {
  const audits: AuditEntry[] = [];
  const newContacts: (typeof contacts.$inferInsert)[] = [];
  const knownContacts = await contactNamesOf(tx, updates.map((u) => u.before.id));
  const changed = updates.map(({ row, before }) => {
    const patch = importPatch(row.enterprise);
    audits.push({ actorId: viewer.id, action: 'update', entityType: 'enterprise', entityId: before.id, changes: { ...diff(before, patch), importRow: row.rowNumber } });
    // Importing the same file twice must not give the enterprise the same contact twice.
    if (row.contact && !knownContacts.has(`${before.id}:${row.contact.name}`)) newContacts.push({ enterpriseId: before.id, ...row.contact, isPrimary: false });
    return { ...before, ...patch };
  });
  // One UPDATE … FROM jsonb_to_recordset per batch instead of a statement per row: a 50,000-row
  // update is then 50 round trips. The rows are locked, so the values computed here are current.
  for (const batch of batches(changed)) {
    const values = batch.map((e) => ({
      id: e.id,
      name: e.name,
      ...snakeDerivedColumns(e),
      province: e.province,
      city: e.city,
      industry: e.industry,
      chain_id: e.chainId,
      node_id: e.nodeId,
      chain_action: e.chainAction,
      tags: e.tags,
      registered_capital: e.registeredCapital,
      scale: e.scale,
      website: e.website,
      address: e.address,
      intro: e.intro,
      source: e.source,
    }));
    await tx.execute(sql`
      update ${enterprises} as e set
        name = v.name, name_search = v.name_search, name_grams = v.name_grams, name_key = v.name_key,
        province = v.province, city = v.city, industry = v.industry,
        chain_id = v.chain_id, node_id = v.node_id, chain_action = v.chain_action,
        tags = v.tags, target_score = v.target_score, facets = v.facets, registered_capital = v.registered_capital, scale = v.scale,
        website = v.website, address = v.address, intro = v.intro, source = v.source,
        version = e.version + 1, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(
        id uuid, name text, name_search text, name_grams text[], name_key text, province text, city text, industry text,
        chain_id uuid, node_id uuid, chain_action chain_action, tags text[], target_score integer, facets text[],
        registered_capital numeric, scale enterprise_scale, website text, address text, intro text, source text)
      where e.id = v.id`);
  }
  await insertContacts(tx, viewer, newContacts, audits);
}

function snakeDerivedColumns(e: Enterprise) {
  const c = derivedColumns(e);
  return { name_search: c.nameSearch, name_grams: c.nameGrams, name_key: c.nameKey, target_score: c.targetScore, facets: c.facets };
}

/** `enterpriseId:name` of the live contacts the enterprises already have. */
async function contactNamesOf(tx: Tx, enterpriseIds: string[]): Promise<Set<string>> {
  if (enterpriseIds.length === 0) return new Set();
  const rows = await tx
    .select({ enterpriseId: contacts.enterpriseId, name: contacts.name })
    .from(contacts)
    .where(and(sql`${contacts.enterpriseId} = any(${sql.param(enterpriseIds)}::uuid[])`, isNull(contacts.deletedAt)));
  return new Set(rows.map((c) => `${c.enterpriseId}:${c.name}`));
}
