import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EVIDENCE_KINDS,
  EVIDENCE_MODULES,
  evidenceKind,
  isEvidenceKind,
  liveKinds,
  uploadableKinds,
} from './evidence-kinds.js';

test('codes are unique snake_case and every label has both languages', () => {
  const codes = EVIDENCE_KINDS.map((k) => k.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const k of EVIDENCE_KINDS) {
    assert.match(k.code, /^[a-z][a-z0-9_]*$/, k.code);
    assert.ok(k.label.id.trim() && k.label.en.trim(), k.code);
  }
});

test('a live or both kind names the module that supplies it; an upload kind names none', () => {
  for (const k of EVIDENCE_KINDS as readonly { code: string; source: string; module?: string }[]) {
    if (k.source === 'upload') assert.equal(k.module, undefined, k.code);
    else assert.ok(k.module && (EVIDENCE_MODULES as readonly string[]).includes(k.module), k.code);
  }
});

test('the kinds the contract promises are there', () => {
  for (const code of [
    'sk_pokja_pug',
    'focal_point_sk',
    'rencana_pokja_pug',
    'training_certificates',
    'gap_gbs_approved',
    'arg_share',
    'profil_gender',
    'monev_results',
    'lplpp_standardisation',
    'other_document',
  ]) {
    assert.ok(isEvidenceKind(code), code);
  }
  assert.equal(isEvidenceKind('nope'), false);
  assert.equal(evidenceKind('regulation_pug')?.source, 'upload');
});

test('uploadable and live kinds split by source; computed kinds are live only', () => {
  assert.ok(uploadableKinds().includes('other_document'));
  assert.ok(!uploadableKinds().includes('arg_share'));
  assert.ok(liveKinds().includes('sk_pokja_pug'));
  assert.ok(!liveKinds().includes('sarpras_photos'));
  for (const k of EVIDENCE_KINDS as readonly { code: string; source: string; computed?: boolean }[]) {
    if (k.computed) assert.equal(k.source, 'live', k.code);
  }
});
