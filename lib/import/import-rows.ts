import { z } from 'zod';
import { CHAIN_ACTIONS, type ChainAction } from '@/db/schema/enterprises';
import type { HeaderSpec, Sheet } from './read-spreadsheet';

/**
 * What every spreadsheet import shares once the file is read: a column table (field → Chinese header),
 * the per-row check that collects one problem per cell, and the cell parsers for the zone's own words.
 */

/** The column the "rejected rows" download adds. An import accepts and ignores it, so a corrected
 *  download goes straight back in without deleting the column first. */
export const REASON_HEADER = '错误原因';

/** One problem in one cell: the row number Excel shows, the column's header, an `errors.*` message key. */
export interface ImportRowError {
  rowNumber: number;
  column: string;
  message: string;
  /** For duplicates: the earlier row of the file that holds the same value. */
  params?: { row: number };
}

/** The counts every import's check reports. */
export interface ImportCounts {
  /** Data rows in the file. */
  read: number;
  valid: number;
  invalid: number;
}

export interface RowCheck<T> {
  valid: T[];
  /** Sorted by row, then by column in template order. */
  errors: ImportRowError[];
  /** Row numbers with at least one error, ascending. */
  invalidRows: number[];
}

/** The headers of a column table, in template order. */
export const headersOf = (columns: Record<string, string>): string[] => Object.values(columns);

/** The header rule of an import: `required` columns must be there, the others (and 错误原因) may be. */
export function headerSpec<K extends string>(columns: Record<K, string>, required: NoInfer<K>[]): HeaderSpec {
  const expectedHeaders = required.map((key) => columns[key]);
  return { expectedHeaders, optionalHeaders: [...headersOf(columns).filter((h) => !expectedHeaders.includes(h)), REASON_HEADER] };
}

/** Collects the problems of one row: the first one per column wins, since it is the one to fix first. */
export class RowProblems<K extends string> {
  private readonly problems = new Map<K, Omit<ImportRowError, 'rowNumber' | 'column'>>();

  add(column: K, message: string, params?: { row: number }): void {
    if (!this.problems.has(column)) this.problems.set(column, params ? { message, params } : { message });
  }

  /** Every issue of a failed zod parse, on the column its path names. */
  addIssues(result: { success: boolean; error?: z.ZodError }): void {
    for (const issue of result.error?.issues ?? []) this.add(issue.path[0] as K, issue.message);
  }

  has(column: K): boolean {
    return this.problems.has(column);
  }

  get size(): number {
    return this.problems.size;
  }

  /** The problems in template column order. */
  errors(rowNumber: number, columns: Record<K, string>): ImportRowError[] {
    return (Object.keys(columns) as K[]).flatMap((key) => {
      const problem = this.problems.get(key);
      return problem ? [{ rowNumber, column: columns[key], ...problem }] : [];
    });
  }
}

/**
 * Checks every data row: `check` reads the row's cells (by field) and returns what to import, or null;
 * a row with any problem is invalid whatever `check` returned.
 */
export function checkRows<K extends string, T>(
  rows: Sheet['rows'],
  columns: Record<K, string>,
  check: (input: Record<K, string>, problems: RowProblems<K>, rowNumber: number) => T | null,
): RowCheck<T> {
  const keys = Object.keys(columns) as K[];
  const result: RowCheck<T> = { valid: [], errors: [], invalidRows: [] };
  for (const { rowNumber, cells } of rows) {
    const input = Object.fromEntries(keys.map((key) => [key, cells[columns[key]] ?? ''])) as Record<K, string>;
    const problems = new RowProblems<K>();
    const value = check(input, problems, rowNumber);
    if (problems.size > 0 || value === null) {
      result.invalidRows.push(rowNumber);
      result.errors.push(...problems.errors(rowNumber, columns));
    } else {
      result.valid.push(value);
    }
  }
  return result;
}

/**
 * Adds problems found after the row check (e.g. against the database) to a check: their rows move from
 * `valid` to invalid, and errors and invalid rows stay sorted.
 */
export function withRowErrors<T extends { rowNumber: number }>(check: RowCheck<T>, extra: ImportRowError[], columnOrder: string[]): RowCheck<T> {
  if (extra.length === 0) return check;
  const bad = new Set(extra.map((e) => e.rowNumber));
  const errors = [...check.errors, ...extra].sort((a, b) => a.rowNumber - b.rowNumber || columnOrder.indexOf(a.column) - columnOrder.indexOf(b.column));
  return {
    valid: check.valid.filter((row) => !bad.has(row.rowNumber)),
    errors,
    invalidRows: [...new Set([...check.invalidRows, ...bad])].sort((a, b) => a - b),
  };
}

/** The errors of the first `maxRows` bad rows: what a page can show without sending every problem of a huge file. */
export function errorsOfFirstRows(errors: ImportRowError[], maxRows: number): ImportRowError[] {
  const rows = new Set<number>();
  return errors.filter((e) => {
    if (!rows.has(e.rowNumber) && rows.size >= maxRows) return false;
    rows.add(e.rowNumber);
    return true;
  });
}

/** A Chinese label (or the code itself) → the enum value; '' → null; anything else fails with `message`. */
export function labelledEnum<const T extends readonly [string, ...string[]]>(labels: Record<string, T[number]>, values: T, message: string) {
  return z.preprocess((v) => (v === '' || v == null ? null : (labels[v as string] ?? v)), z.enum(values, message).nullable());
}

/** The file's words for 链式招商方向 (see messages chain.action). */
export const CHAIN_ACTION_LABELS: Record<string, ChainAction> = { 补链: 'supplement', 延链: 'extend', 升链: 'upgrade', 建链: 'build' };
export const chainActionCell = labelledEnum(CHAIN_ACTION_LABELS, CHAIN_ACTIONS, 'importUnknownAction');

/** A number cell: Excel users type thousands separators ("1,000"); a number cell arrives without them. */
export const numberCell = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? v.replace(/[,，\s]/g, '') : v), schema);

export interface ImportChainOption {
  id: string;
  name: string;
  nodes: { id: string; name: string }[];
}

/**
 * The chain and link a row names (exact names, as the system spells them). A link needs its chain, since
 * link names repeat across chains. Problems go on the `chain` and `node` columns.
 */
export function matchChainCells<K extends string>(
  chainByName: Map<string, ImportChainOption>,
  cells: { chain: string; node: string },
  problems: RowProblems<K | 'chain' | 'node'>,
): { chainId: string | null; nodeId: string | null } {
  const chain = cells.chain ? chainByName.get(cells.chain) : undefined;
  if (cells.chain && !chain) problems.add('chain', 'importUnknownChain');
  const node = chain && cells.node ? chain.nodes.find((n) => n.name === cells.node) : undefined;
  if (cells.node && !cells.chain) problems.add('node', 'importNodeNeedsChain');
  else if (cells.node && chain && !node) problems.add('node', 'importUnknownNode');
  return { chainId: chain?.id ?? null, nodeId: node?.id ?? null };
}

/** Remembers the first row of each value; a later row with the same value is the duplicate. */
export class FirstRows {
  private readonly rows = new Map<string, number>();

  /** The earlier row holding `key`, or undefined (and `rowNumber` becomes the first) when there is none. */
  earlier(key: string, rowNumber: number): number | undefined {
    const first = this.rows.get(key);
    if (first === undefined) this.rows.set(key, rowNumber);
    return first;
  }
}
