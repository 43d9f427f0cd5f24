export interface HttpLoadOptions {
  seconds: number;
  connections: number;
  /** Requests per second of the bounded run. */
  rate: number;
}

/**
 * The zone's peak, all of it on the one route under test: some 200 staff (six chain teams of officers, the
 * leaders, a dozen departments' liaisons), every one at their desk on a Monday morning and opening a page or
 * saving a form every 40 s while they work, make 200 / 40 = 5 requests a second for the whole app. For the
 * meeting log it is far above the real rate (a few hundred meetings a day), so it bounds the action from above.
 */
const ZONE_PEAK_RATE = 5;

/** --name=value as a positive number, or the fallback when absent. */
export function numberOption(args: string[], name: string, fallback: number): number {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** --seconds=30 --connections=20 --rate=5: each run's length, the connections of both runs and the bounded rate. */
export function httpLoadOptions(args: string[]): HttpLoadOptions {
  return {
    seconds: numberOption(args, 'seconds', 30),
    connections: Math.round(numberOption(args, 'connections', 20)),
    rate: numberOption(args, 'rate', ZONE_PEAK_RATE),
  };
}
