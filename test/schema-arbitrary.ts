import fc from 'fast-check';
import type { z } from 'zod';

/** What a hostile or careless client sends in any field, whatever its type. */
const NASTY_STRINGS = [
  '', ' ', '\t\n ', '=1+1', '=HYPERLINK("http://evil")', "'", '"', "'; DROP TABLE leads; --", '\u0000', 'a\u0000b', '汽车零部件有限公司',
  '\uD800', '\u202E', 'x'.repeat(10_000), 'NaN', 'Infinity', '-0', '1e309', '0x10', 'true', 'on', 'all',
  '2026-02-31', '0000-01-01', '9999-12-31', '2026-13-01T25:61', '__proto__',
];
const NASTY_NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, 0.1 + 0.2, -1];

/** Characters that have broken text handling somewhere: NUL, quotes, formula starts, CJK, whitespace, a lone surrogate. */
const hostileChar = fc.constantFrom('a', 'Z', '0', '测', '试', ' ', '\n', '\u0000', "'", '"', '=', '+', '@', '\\', '%', '_', '\uD800');

export function nastyValue(id: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...NASTY_STRINGS),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...NASTY_NUMBERS),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.uuid(),
    id,
    fc.date({ noInvalidDate: false }),
    fc.array(fc.oneof(fc.string(), fc.integer(), id), { maxLength: 5 }),
    fc.object({ maxDepth: 2 }),
  );
}

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Values shaped like what `schema` accepts (a matching pattern, a value near or past the bounds, an
 * existing id), so most calls get past validation into the data layer, where the crashes hide.
 */
export function plausibleValue(schema: z.ZodType, id: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = () => plausibleValue(def.innerType as z.ZodType, id);
  switch (def.type) {
    case 'default':
    case 'optional':
    case 'catch':
      return fc.oneof(inner(), fc.constant(undefined));
    case 'nullable':
      return fc.oneof(inner(), fc.constantFrom(null, ''));
    case 'pipe': {
      // z.preprocess is a pipe from a transform; a .transform() is a pipe into one.
      const from = defOf(def.in).type === 'transform' ? def.out : def.in;
      return plausibleValue(from as z.ZodType, id);
    }
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, plausibleValue(v, id)])), { requiredKeys: [] });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => plausibleValue(o, id)));
    case 'array':
      return fc.array(plausibleValue(def.element as z.ZodType, id), { maxLength: 4 });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'boolean':
      return fc.boolean();
    case 'custom':
      // Every custom schema in our actions is z.instanceof(File): garbage bytes under an accepted name.
      return fc.tuple(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.xlsx', 'a.csv', 'a.pdf', 'a.png', 'a.docx', 'a.exe')).map(([bytes, name]) => new File([bytes], name));
    case 'number':
      return numberNear(schema as z.ZodNumber);
    case 'string':
      return stringLike(schema as z.ZodString, def, id);
    default:
      return fc.anything();
  }
}

function numberNear(schema: z.ZodNumber): fc.Arbitrary<unknown> {
  const min = Math.max(schema.minValue ?? -1e12, -1e12);
  const max = Math.min(schema.maxValue ?? 1e12, 1e12);
  const inRange = schema.isInt ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 2 ** 31 - 1)) }) : fc.double({ min, max, noNaN: true });
  // FormData sends numbers as text; the edges and just past them are where bounds slip.
  return fc.oneof(inRange, inRange.map(String), fc.constantFrom(min, max, max + 1, min - 1, max * 10, 0.001));
}

function stringLike(schema: z.ZodString, def: Def, id: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  if (def.format === 'uuid') return fc.oneof(id, id, fc.uuid());
  if (def.format === 'email') return fc.oneof(fc.emailAddress(), fc.constant(`${'a'.repeat(95)}@x.cn`));
  const pattern = [...((schema._zod.bag as { patterns?: Set<RegExp> }).patterns ?? [])][0];
  if (pattern) return fc.oneof(fc.stringMatching(pattern), fc.stringMatching(pattern).map((s) => ` ${s}\u0000`));
  const max = Math.min(schema.maxLength ?? 100, 5_000);
  return fc.oneof(fc.string({ unit: hostileChar, minLength: 1, maxLength: Math.min(max, 40) }), fc.constantFrom('测'.repeat(max), 'x'.repeat(max + 1), ' '.repeat(max + 1)));
}

/** The same input as a browser form would post it: text fields, repeated keys for lists, files as files. */
export function asFormData(input: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      // A form field is text: an object posts as String(object) would, even one without a prototype.
      form.append(key, item instanceof File ? item : item !== null && typeof item === 'object' && !(item instanceof Date) ? Object.prototype.toString.call(item) : String(item));
    }
  }
  return form;
}
