import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { recordRefusal, type RefusalReason } from '@/db/queries/audit';
import { DomainError } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';
import { requestAddress } from '@/lib/request-address';
import { getSession, type Viewer } from '@/lib/viewer';

/**
 * What every Server Action returns. `error` and each `fieldErrors` entry are message keys
 * (`errors.*` and `validation.*`), translated by the form that shows them.
 */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export type ActionInput<S extends z.ZodType> = FormData | z.input<S>;
export type Action<S extends z.ZodType, T> = ((
  prev: ActionResult<T> | null,
  input: ActionInput<S>,
) => Promise<ActionResult<T>>) & {
  /** What the action requires; null for the few public ones. Read by the permission-matrix tests. */
  permission: Permission | null;
  /** The input schema, read by the fuzz tests. */
  schema: S;
};

const REFUSALS = new Set<string>(['unauthenticated', 'forbidden', 'notFound']);

/**
 * A Server Action is a public POST endpoint: this authenticates (re-reading the user from the
 * database), authorizes against PERMISSIONS, validates with zod and maps expected failures to results.
 */
export function defineAction<S extends z.ZodType, T>(
  opts: {
    permission: Permission;
    schema: S;
    /** The account pages' actions also work while the user must first change their password or enrol an authenticator. */
    duringAccountStep?: boolean;
  },
  fn: (input: z.output<S>, viewer: Viewer, session: { sessionId: string }) => Promise<T>,
): Action<S, T> {
  const action = async (_prev: ActionResult<T> | null, input: ActionInput<S>): Promise<ActionResult<T>> => {
    let viewer: Viewer | null = null;
    const record = async (reason: RefusalReason) =>
      recordRefusal(viewer, viewer?.ip ?? (await requestAddress()), { reason, permission: opts.permission, recordId: recordIdOf(input) });
    try {
      // A session with a pending account step (lib/security-policy.ts) counts as not logged in for everything else.
      const session = await getSession();
      if (session && (!session.pendingStep || opts.duringAccountStep)) viewer = session.viewer;
      if (!session || !viewer) throw new DomainError('unauthenticated');
      if (!can(viewer, opts.permission)) throw new DomainError('forbidden');
      const parsed = parseInput(opts.schema, input);
      if (!parsed.ok) return parsed;
      return { ok: true, data: await fn(parsed.data, viewer, { sessionId: session.sessionId }) };
    } catch (error) {
      // Out of scope (another team's or department's record) reads as not found, and is a refusal too.
      if (error instanceof DomainError && REFUSALS.has(error.code)) {
        try {
          await record(error.code as RefusalReason);
        } catch (auditError) {
          return handleError(auditError);
        }
      }
      return handleError(error);
    }
  };
  return Object.assign(action, { permission: opts.permission, schema: opts.schema });
}

/** For the few actions a logged-out visitor may call (log in, choose a language). */
export function definePublicAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>) => Promise<T>,
): Action<S, T> {
  const action = async (_prev: ActionResult<T> | null, input: ActionInput<S>): Promise<ActionResult<T>> => {
    try {
      const parsed = parseInput(schema, input);
      if (!parsed.ok) return parsed;
      return { ok: true, data: await fn(parsed.data) };
    } catch (error) {
      return handleError(error);
    }
  };
  return Object.assign(action, { permission: null, schema });
}

export function fail(error: string, fieldErrors?: Record<string, string[]>): { ok: false; error: string; fieldErrors?: Record<string, string[]> } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; error: string; fieldErrors: Record<string, string[]> } {
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '_form';
    (fieldErrors[field] ??= []).push(messageKey(issue));
  }
  return { ok: false, error: 'invalid', fieldErrors };
}

/** Our schemas name their messages (`required`, `passwordTooShort`…); zod's own codes are the fallback. */
function messageKey(issue: z.core.$ZodIssue): string {
  return /^[a-zA-Z]+$/.test(issue.message) ? issue.message : issue.code;
}

/** The record a refused call aimed at, when its input names one. */
function recordIdOf(input: unknown): unknown {
  return input instanceof FormData ? input.get('id') : input && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
}

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    // React adds $ACTION_* fields to progressively enhanced forms; they are not input.
    if (key.startsWith('$ACTION')) continue;
    // An uploaded file stays a File: only a schema with z.instanceof(File) accepts one.
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function handleError(error: unknown): ActionResult<never> {
  // Framework control flow (redirect, notFound, forbidden) must reach Next.js.
  unstable_rethrow(error);
  if (error instanceof DomainError) {
    return error.field ? fail(error.code, { [error.field]: [error.code] }) : fail(error.code);
  }
  console.error('Server action failed:', error);
  return fail('unexpected');
}
