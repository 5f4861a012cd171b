import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MESSAGE_KEYS, translate, type Language } from './messages.js';

/** Each placeholder rendered as <name>: what a message says with its parameters filled in. */
const named = new Proxy({} as Record<string, string>, { get: (_, name) => `<${String(name)}>` });
const placeholders = (key: (typeof MESSAGE_KEYS)[number], lang: Language) =>
  [...translate(key, lang, named).matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();

test('every server message fills its placeholders ({name}, never i18next-style {{name}})', () => {
  const left = MESSAGE_KEYS.flatMap((key) =>
    (['id', 'en'] as const).flatMap((lang) =>
      /[{}]/.test(translate(key, lang, named)) ? [`${lang}.${key}`] : [],
    ),
  );
  assert.deepEqual(left, []);
});

test('the Indonesian and English texts of a message take the same parameters', () => {
  const differ = MESSAGE_KEYS.filter(
    (key) => placeholders(key, 'id').join() !== placeholders(key, 'en').join(),
  );
  assert.deepEqual(differ, []);
});
