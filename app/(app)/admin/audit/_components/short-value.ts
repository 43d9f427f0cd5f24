const MAX_CHARS = 40;

/**
 * A logged value as one short line: a note or an intro can run to pages, and the table is for scanning.
 * null for nothing at all, which the table labels in the reader's language.
 */
export function shortValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}
