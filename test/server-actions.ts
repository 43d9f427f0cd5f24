import type { z } from 'zod';
import type { Action } from '@/lib/action';

export type AnyAction = Action<z.ZodType, unknown>;

// Every actions.ts under app/, found the way server-actions.test.ts finds them, so a new action is fuzzed and bound-checked too.
const modules = import.meta.glob('../app/**/actions.ts', { eager: true }) as Record<string, Record<string, unknown>>;

/** Every function an actions.ts exports: each one is a public POST endpoint, however it was written. */
export const exportedActions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, AnyAction] => typeof entry[1] === 'function')
    .map(([name, fn]) => ({ id: `${file.replace('../app/', '')}#${name}`, name, fn })),
);

/** The exported Server Actions built with defineAction/definePublicAction (they carry their schema). */
export const allActions = exportedActions.filter((a) => 'schema' in a.fn);

/** The actions that need a signed-in user holding a permission. */
export const guardedActions = allActions.filter((a) => a.fn.permission !== null);
