import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { allActions } from '@/test/server-actions';

// The actions' modules import the session helpers; nothing here calls them.
vi.mock('@/lib/auth', () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

type Def = { type: string; checks?: { _zod: { def: { check: string } } }[] } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const hasCheck = (def: Def, check: string) => (def.checks ?? []).some((c) => c._zod.def.check === check);

// Wrappers whose inner schema carries the bounds.
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'nonoptional', 'catch', 'readonly']);
// Leaves that cannot grow: a choice among fixed values, a flag, a file (its size is checked by its own refinement).
const FIXED = new Set(['enum', 'literal', 'boolean', 'null', 'undefined', 'custom', 'transform']);
// A uuid is fixed-length by its format.
const FIXED_FORMATS = new Set(['uuid']);

/**
 * Where a schema accepts input of unbounded size or magnitude: a string without a maximum length, a
 * number without both an explicit minimum and maximum, an array without a maximum count. Unknown
 * schema kinds are reported too, so a new kind gets a rule here before it gets past this test.
 */
function unboundedFields(schema: z.ZodType, path = ''): string[] {
  const def = defOf(schema);
  const at = path || '(root)';
  if (WRAPPERS.has(def.type)) return unboundedFields(def.innerType as z.ZodType, path);
  if (FIXED.has(def.type)) return [];
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => unboundedFields(field, path ? `${path}.${key}` : key));
    case 'pipe':
      return [...unboundedFields(def.in as z.ZodType, path), ...unboundedFields(def.out as z.ZodType, path)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => unboundedFields(option, path));
    case 'array':
      return [...(hasCheck(def, 'max_length') ? [] : [`${at}: array without a maximum count`]), ...unboundedFields(def.element as z.ZodType, `${path}[]`)];
    case 'string': {
      const maxLength = (schema as z.ZodString).maxLength;
      return FIXED_FORMATS.has(def.format as string) || (maxLength !== null && Number.isFinite(maxLength)) ? [] : [`${at}: string without a maximum length`];
    }
    case 'number':
      // .int() alone implies ±2^53; the bound must be the domain's, set with min/max/positive.
      return hasCheck(def, 'less_than') && hasCheck(def, 'greater_than') ? [] : [`${at}: number without an explicit minimum and maximum`];
    default:
      return [`${at}: schema kind '${def.type}' has no bound rule`];
  }
}

describe('every Server Action schema', () => {
  it('is found by this test', () => {
    expect(allActions.length).toBeGreaterThanOrEqual(40);
  });

  it('would notice an unbounded string, number or array', () => {
    const loose = z.object({ name: z.string().trim(), count: z.coerce.number().int(), ids: z.array(z.uuid()), note: z.string().max(10).optional() });
    expect(unboundedFields(loose)).toEqual(['name: string without a maximum length', 'count: number without an explicit minimum and maximum', 'ids: array without a maximum count']);
  });

  it.each(allActions)('bounds every string, number and array of $id', ({ fn }) => {
    expect(unboundedFields(fn.schema)).toEqual([]);
  });
});
