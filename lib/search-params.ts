/** What a page receives as `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A list's URL filters as plain strings: the first of repeated keys, trimmed, and empty ones dropped. An empty
 * field of a GET form arrives as `key=` and means "any"; kept, `z.coerce.number()` would read it as 0.
 */
export function presentParams(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== '') out[key] = first.trim();
  }
  return out;
}
