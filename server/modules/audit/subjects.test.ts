import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, hidesSignIns } from '../../../domain/audit.js';
import { en } from '../../../web/src/app/locales/en.js';
import { id } from '../../../web/src/app/locales/id.js';
import { refOf } from './subjects.js';

const UUID = '0b4f3a52-9d7e-4d8e-9a55-3c1f6f1d2e11';
const row = (entity: string, entityId: string | null, after: unknown = null) => ({
  entity,
  entityId,
  before: null,
  after,
});

describe('audit subjects and labels', () => {
  test('every action and entity the server records has an Indonesian and an English label', () => {
    for (const [lang, m] of [
      ['id', id],
      ['en', en],
    ] as const) {
      for (const a of AUDIT_ACTIONS)
        assert.ok((m.audit.actions as Record<string, string>)[a], `${lang} action ${a}`);
      for (const e of AUDIT_ENTITIES)
        assert.ok((m.audit.entities as Record<string, string>)[e], `${lang} entity ${e}`);
    }
  });

  test('sign-ins are hidden unless included or asked for', () => {
    assert.equal(hidesSignIns({}), true);
    assert.equal(hidesSignIns({ signIns: 'exclude', entity: 'opd' }), true);
    assert.equal(hidesSignIns({ signIns: 'include' }), false);
    assert.equal(hidesSignIns({ entity: 'session' }), false);
    assert.equal(hidesSignIns({ action: 'login_failed' }), false);
    assert.equal(hidesSignIns({ action: 'update' }), true);
  });

  test('the record an entry points at, from its entity, id and snapshot', () => {
    assert.deepEqual(refOf(row('opd', UUID)), { kind: 'opd', key: UUID });
    assert.deepEqual(refOf(row('opd_signatory', UUID)), { kind: 'opd', key: UUID });
    assert.deepEqual(refOf(row('session', UUID)), { kind: 'user', key: UUID });
    assert.equal(refOf(row('session', null)), null, 'a failed sign-in names nobody');
    assert.deepEqual(refOf(row('import_batch', '42')), { kind: 'import', key: '42' });
    assert.deepEqual(refOf(row('data_review', 'import/42')), { kind: 'import', key: '42' });
    assert.deepEqual(refOf(row('data_review', `${UUID}/2024`)), {
      kind: 'review',
      key: UUID,
      period: '2024',
    });
    assert.deepEqual(refOf(row('gap_comment', '7', { documentId: UUID })), { kind: 'gap', key: UUID });
    assert.deepEqual(refOf(row('sub_activity_import', null, { fileName: 'dpa.xlsx', year: 2026 })), {
      kind: 'text',
      name: 'dpa.xlsx',
      year: 2026,
    });
    assert.equal(refOf(row('opd', 'not-a-uuid')), null, 'a malformed id is not looked up');
    assert.equal(refOf(row('demo', null)), null);
  });
});
