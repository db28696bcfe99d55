import fc from 'fast-check';
import type { z } from 'zod';

/** How many generated cases each property runs: a few hundred in `npm test`, more with ROKAD_FUZZ_RUNS. */
export const FUZZ_RUNS = Number(process.env.ROKAD_FUZZ_RUNS) || 200;

/** Text a keyboard, a paste or a tampered window can send: control characters, quotes, syntax of SQL, FTS5, formulas and paths, scripts, lone surrogates. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'abc\u0000def',
    '"',
    '"""',
    "'; DROP TABLE ledger; --",
    'NEAR(abc',
    'abc OR',
    'foo*',
    '=1+1',
    '@SUM(1,2)',
    '../../../etc/passwd',
    '\\\\server\\share',
    'C:\\Windows',
    '\uFEFF',
    '\uD800',
    '\u202Eevil',
    'रमेश कुमार शर्मा',
    'दैनिक रिपोर्ट',
    '<script>alert(1)</script>',
    '%s%s%n',
    'a'.repeat(5_000),
  ),
);

/** Values of other types where a string or a number was expected, as a structured clone can carry them. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, false, 0, -0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, 1e308),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

/** Folders and printer addresses stay inside the test's own folder or lead nowhere: generated input never writes elsewhere on this machine. */
function placeArbitrary(scratch: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      scratch,
      `${scratch}/missing`,
      `${scratch}/a\u0000b`,
      `${scratch}/../${scratch.split('/').at(-1)}`,
      'relative/folder',
      '',
      'nul:',
      'tcp://127.0.0.1:1',
      'http://127.0.0.1:1',
    ),
    fc.string({ unit: 'binary', maxLength: 20 }).map((tail) => `${scratch}/${tail.replaceAll('/', '_')}`),
  );
}

/** Strings that look right, so that part of the generated input passes the schema and reaches a handler. */
function plausibleText(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...known, 'N3330008565', 'BPL-07-000001', '2026-11-24', '1234', '0000', 'Wrong consumer number', 'RFD-BPL-07-000001'),
    fc.uuid(),
    fc.stringMatching(/^[A-Z]\d{10}$/),
    fc.stringMatching(/^\d{4,6}$/),
  );
}

/** A plausible string with one character a person could paste in by mistake, or a tampered window on purpose. */
function withSomethingInside(plausible: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(plausible, fc.constantFrom('\u0000', '\u0001', '\u001b', '"', "'", '*', '\uFEFF', '\u200b', '\n', '\\', '%', '='), fc.nat()).map(([text, inside, at]) => {
    const cut = text.length === 0 ? 0 : at % (text.length + 1);
    return `${text.slice(0, cut)}${inside}${text.slice(cut)}`;
  });
}

type AnyDef = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): AnyDef => (schema as unknown as { _zod: { def: AnyDef } })._zod.def;

/**
 * Input shaped like a channel's schema (its keys, nested objects, enums and literals), each value
 * drawn from plausible, hostile and wrongly-typed ones: a generated case passes the schema often
 * enough to reach the handler, and breaks it in every way the rest of the time.
 */
export function shapedLike(schema: z.ZodType, options: { scratch: string; known: readonly string[] }, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const mixed = (plausible: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostileValue });
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const model = Object.fromEntries(Object.entries(shape).map(([name, child]) => [name, shapedLike(child, options, name)]));
      const record = fc.record(model, { requiredKeys: [] });
      return fc.oneof(
        { weight: 4, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, hostileText, hostileValue).map(([value, extra, extraValue]) => ({ ...value, [extra]: extraValue })) },
      );
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return shapedLike(def.innerType as z.ZodType, options, key);
    case 'pipe':
      return shapedLike(def.in as z.ZodType, options, key);
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => shapedLike(option, options, key)));
    case 'enum':
      return mixed(fc.constantFrom(...Object.values(def.entries as Record<string, string>)));
    case 'literal':
      return mixed(fc.constantFrom(...(def.values as unknown[])));
    case 'array':
      return mixed(fc.array(shapedLike(def.element as z.ZodType, options, key), { maxLength: 4 }));
    case 'record': {
      const keys = defOf(def.keyType as z.ZodType);
      const names = keys.type === 'enum' ? Object.values(keys.entries as Record<string, string>) : ['key'];
      return mixed(fc.dictionary(fc.oneof(fc.constantFrom(...names), hostileText), shapedLike(def.valueType as z.ZodType, options, key), { maxKeys: 5 }));
    }
    case 'boolean':
      return mixed(fc.boolean());
    case 'number':
    case 'int':
      return mixed(fc.oneof(fc.integer({ min: -10, max: 10_000_000 }), fc.constantFrom(0, 1, 8, 100, 384, 576, 5_000, 19_999_999)));
    case 'undefined':
      return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileValue });
    case 'string': {
      const plausible = /folder|path|interface|address|url/i.test(key) ? placeArbitrary(options.scratch) : plausibleText(options.known);
      return fc.oneof(plausible, withSomethingInside(plausible), hostileText, hostileValue);
    }
    default:
      return hostileValue;
  }
}

/** Any input at all for a channel: shaped like its schema most of the time, anything else the rest. */
export function inputFor(schema: z.ZodType, options: { scratch: string; known: readonly string[] }): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: shapedLike(schema, options) }, { weight: 1, arbitrary: fc.anything() });
}
