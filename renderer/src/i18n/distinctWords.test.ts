import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { en, hi } from './locales';

type Table = { [key: string]: string | Table };

function flatten(table: Table, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

/** A part's words are seen together with the words every screen shows (the app's own). */
function screens(): Array<{ part: string; english: Map<string, string>; hindi: Map<string, string> }> {
  const shared = (table: Table) => flatten({ app: table.app as Table, desk: table.desk as Table });
  return Object.keys(en)
    .filter((part) => part !== 'app' && part !== 'desk')
    .map((part) => ({
      part,
      english: new Map([...shared(en as unknown as Table), ...flatten({ [part]: (en as unknown as Table)[part] as Table })]),
      hindi: new Map([...shared(hi as unknown as Table), ...flatten({ [part]: (hi as unknown as Table)[part] as Table })]),
    }));
}

describe('different acts have different Hindi words', () => {
  test('no Hindi label on one screen stands for two different English ones', () => {
    const faults: string[] = [];
    for (const { part, english, hindi } of screens()) {
      const byHindi = new Map<string, string[]>();
      for (const [key, text] of hindi) byHindi.set(text, [...(byHindi.get(text) ?? []), key]);
      for (const [text, keys] of byHindi) {
        // "Payment" and "Payments" are one word in Hindi, and one meaning.
        // Plural forms of one key are one meaning too: Hindi often says both with one word.
        const meanings = new Set(keys.map((key) => (/_(one|other)$/.test(key) ? key.replace(/_(one|other)$/, '') : english.get(key)?.toLowerCase().replace(/s$/, ''))));
        if (meanings.size > 1) faults.push(`${part}: "${text}" is ${keys.map((key) => `${key} (${english.get(key)})`).join(' and ')}`);
      }
    }
    assert.deepEqual(faults, []);
  });

  test('going back from a form is never said with the word for voiding a payment', () => {
    const hindi = flatten(hi as unknown as Table);
    const voidWord = 'रद्द';
    const back = ['app.cancel'].filter((key) => hindi.get(key)?.includes(voidWord));
    assert.deepEqual(back, []);
  });
});
