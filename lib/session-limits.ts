/**
 * How long a session lives (ASVS V7.3): it ends after SESSION_IDLE_MINUTES without a request (default 30)
 * and SESSION_MAX_HOURS after login whatever happens (default 12). Read per call so tests and a
 * restarted server pick up a change.
 */
export function sessionLimits(): { idleMinutes: number; maxHours: number } {
  return {
    idleMinutes: positive(process.env.SESSION_IDLE_MINUTES, 30),
    maxHours: positive(process.env.SESSION_MAX_HOURS, 12),
  };
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
}
