import { DbStartupError } from '../db';

/** Runs a command-line task: a problem a person can fix is one line on stderr and exit code 1. */
export function runScript(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof DbStartupError || error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
