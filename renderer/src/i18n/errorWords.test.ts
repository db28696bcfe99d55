import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { errorsHi } from './locales/errorsHi';
import { refusalsHi } from './locales/refusalsHi';

const root = resolve(__dirname, '../../..');

/** Latin that a Hindi sentence may hold: what the person types or reads on a device, as it is written there. */
const LATIN_ALLOWED = new Set(['https', 'http']);
/** A param that would carry the core's English into a Hindi sentence. */
const ENGLISH_PARAMS = ['message'];

const CODE_LIKE = /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/;
const FIELD_SUFFIX = /\((?:[a-z]+[A-Z][A-Za-z]*|[a-z]+(?:\.[a-zA-Z]+)+|pin|reason|count|text)\)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every English message the app's code gives with an error code: RokadError(code, message) and { code, message } bodies. */
function englishMessages(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const patterns = [/RokadError\(\s*'([A-Z_]+)',\s*(?:'((?:[^'\\]|\\.)*)'|`([^`]*)`|"([^"]*)")/g, /code: '([A-Z_]+)',\s*message:\s*(?:'((?:[^'\\]|\\.)*)'|`([^`]*)`|"([^"]*)")/g];
  for (const file of ['electron/core', 'shared', 'renderer/src', 'gateway'].flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const [, code, ...sentence] = match;
        const message = sentence.find((part) => part !== undefined) ?? '';
        found.set(code ?? '', [...(found.get(code ?? '') ?? []), message]);
      }
    }
  }
  return found;
}

describe('every error a person reads is a sentence in their language', () => {
  const english = englishMessages();

  test('no Hindi sentence holds a code, a field name or Latin words, nor a param that carries English', () => {
    const faults: string[] = [];
    for (const [key, sentence] of Object.entries({ ...errorsHi, ...refusalsHi })) {
      for (const param of ENGLISH_PARAMS) if (sentence.includes(`{{${param}`)) faults.push(`${key}: quotes {{${param}}}, which is English`);
      const words = sentence.replace(/\{\{[^}]*\}\}/g, ' ').match(/[A-Za-z][A-Za-z]*/g) ?? [];
      const latin = words.filter((word) => !LATIN_ALLOWED.has(word));
      if (latin.length > 0) faults.push(`${key}: Latin words ${latin.join(', ')}`);
    }
    assert.deepEqual(faults, []);
  });

  test('no English message shows a code or a field name', () => {
    const faults: string[] = [];
    for (const [code, messages] of english) {
      for (const message of messages) {
        const shown = message.replace(/\$\{[^}]*\}/g, '…');
        if (CODE_LIKE.test(shown)) faults.push(`${code}: "${message}" shows a code`);
        if (FIELD_SUFFIX.test(shown)) faults.push(`${code}: "${message}" shows a field name`);
      }
    }
    assert.deepEqual(faults, []);
  });
});
