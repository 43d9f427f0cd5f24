/** True for PostgreSQL's unique_violation on the named constraint (pg and PGlite both report code 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return isViolation(error, '23505', constraint);
}

/** True for PostgreSQL's foreign_key_violation on the named constraint (23503): the row points at one that does not exist. */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  return isViolation(error, '23503', constraint);
}

function isViolation(error: unknown, code: string, constraint: string): boolean {
  const e = findPgError(error);
  return e?.code === code && (e.constraint === constraint || String(e.message).includes(constraint));
}

// Drizzle wraps driver errors; the PostgreSQL fields sit on the error or its cause.
function findPgError(error: unknown): { code?: string; constraint?: string; message?: string } | undefined {
  let current = error as { code?: string; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 3; depth++) {
    if (current.code) return current;
    current = current.cause as typeof current;
  }
  return undefined;
}
