/**
 * Masking of a contact's personal details (个人信息保护法): what users outside the owning team see in lists,
 * search results and the audit viewer. Pure functions; who sees what is decided in the data layer (db/queries).
 */

/** Always four stars, whatever was hidden: the mask must not tell the value's length. */
export const MASK = '****';

/** What an erased value is replaced with in the audit log (db/queries/personal-data.ts). */
export const REDACTED = '[redacted]';

/** The contact fields through which a person can be reached: masked for outsiders. */
export const REACH_FIELDS = ['mobile', 'phone', 'email', 'wechat'] as const;
export type ReachField = (typeof REACH_FIELDS)[number];

/** Everything about the person that erasure clears (the name is replaced, the rest emptied). */
export const PERSONAL_FIELDS = ['name', 'title', ...REACH_FIELDS, 'notes'] as const;

/** `text` with all but the first `head` and last `tail` characters (code points) replaced by MASK. */
function keepEnds(chars: string[], head: number, tail: number): string {
  return chars.slice(0, head).join('') + MASK + (tail > 0 ? chars.slice(-tail).join('') : '');
}

/**
 * A phone number, mobile or desk: full-width digits read as digits and spaces, dashes and brackets dropped,
 * then 13812341234 → 138****1234. Shorter numbers keep less, so never more than about half is shown
 * (a 7-digit local number 8123456 → 81****56; 4 characters or fewer → ****).
 */
export function maskPhone(value: string): string {
  const chars = Array.from(value.normalize('NFKC').replace(/[\s\-()]/g, ''));
  if (chars.length === 0) return '';
  if (chars.length <= 4) return MASK;
  if (chars.length <= 6) return keepEnds(chars, 1, 1);
  if (chars.length <= 10) return keepEnds(chars, 2, 2);
  return keepEnds(chars, 3, 4);
}

/** Any other identifier (a WeChat ID): its first and last character, ****  when it has 4 characters or fewer. */
export function maskText(value: string): string {
  const chars = Array.from(value.normalize('NFKC').trim());
  if (chars.length === 0) return '';
  if (chars.length <= 4) return MASK;
  return keepEnds(chars, 1, 1);
}

/** wang.lei@example.com → w***@example.com: the domain (usually the firm's) stays, the mailbox goes. */
export function maskEmail(value: string): string {
  const text = value.normalize('NFKC').trim();
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return maskText(text);
  return `${Array.from(text)[0]}***${text.slice(at)}`;
}

const MASKERS: Record<ReachField, (value: string) => string> = { mobile: maskPhone, phone: maskPhone, email: maskEmail, wechat: maskText };

/** The row with its reach fields masked; other fields untouched. */
export function maskContact<T extends Partial<Record<ReachField, string>>>(row: T): T {
  const masked = { ...row };
  for (const field of REACH_FIELDS) {
    const value = row[field];
    if (typeof value === 'string') masked[field] = MASKERS[field](value) as T[ReachField];
  }
  return masked;
}

/** Applies `replace` to each named field of an audit row's changes, whether a value or a [before, after] pair. */
function mapChanges(changes: Record<string, unknown>, fields: readonly string[], replace: (field: string, value: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...changes };
  for (const field of fields) {
    if (!(field in changes)) continue;
    const value = changes[field];
    out[field] = Array.isArray(value) && value.length === 2 ? value.map((v) => replace(field, v)) : replace(field, value);
  }
  return out;
}

/** A contact's audit changes as the audit viewer shows them: reach fields masked, old and new. */
export function maskContactChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return mapChanges(changes, REACH_FIELDS, (field, value) => (typeof value === 'string' ? MASKERS[field as ReachField](value) : value));
}

/**
 * A contact's audit changes after erasure: every personal value, old and new, becomes REDACTED; blanks stay
 * blank (they held nothing) and the field names stay, so the history still says what was changed when.
 */
export function redactContactChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return mapChanges(changes, PERSONAL_FIELDS, (_field, value) => (value === null || value === undefined || value === '' ? value : REDACTED));
}
