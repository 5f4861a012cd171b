import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canEditOpdData,
  canEditOpdDataIn,
  canImport,
  canManageCatalog,
  canManageOpds,
  canManageRegion,
  canManageUsers,
  canReadAudit,
  canReadOpdPlanning,
  canReadRegion,
  canReviewPlanning,
  canVerifyData,
  opdScopeOf,
  readsEveryOpd,
  scopeIncludes,
  seesDataReview,
  seesReviewQueue,
  type AccessActor,
} from './access.js';
import { ROLES } from './roles.js';

/**
 * Every role, placed where it usually sits, plus the two placements that test the edges: an
 * admin daerah of a province's own offices (`72`, who does not administer its kab/kota) and an
 * operator whose account has no OPD.
 */
const ACTORS = {
  superadmin: { role: 'superadmin', regionCode: 'ID', opdId: null },
  provinsi: { role: 'provinsi', regionCode: '72', opdId: null },
  provinceAdmin: { role: 'admin_daerah', regionCode: '72', opdId: null },
  admin: { role: 'admin_daerah', regionCode: '72.71', opdId: null },
  reviewer: { role: 'reviewer', regionCode: '72.71', opdId: null },
  pokja: { role: 'pokja', regionCode: '72.71', opdId: null },
  operator: { role: 'operator_opd', regionCode: '72.71', opdId: 'opd-a' },
  operatorWithoutOpd: { role: 'operator_opd', regionCode: '72.71', opdId: null },
  // An institution account of 72.71 (issue 12): reads no region, edits no OPD — its own
  // institution only (domain/institutions/access.test.ts).
  institution: { role: 'lembaga_layanan', regionCode: '72.71', opdId: null, institutionId: 'inst-a' },
} satisfies Record<string, AccessActor>;
type ActorName = keyof typeof ACTORS;

/** The nation, the province, the actors' kab/kota, a neighbour in the province, another province. */
const REGIONS = ['ID', '72', '72.71', '72.03', '73.71'] as const;
type RegionCode = (typeof REGIONS)[number];
/** The operator's own OPD and another. */
const OPDS = ['opd-a', 'opd-b'] as const;
const ALL_REGIONS = [...REGIONS];
const EVERY_PAIR = REGIONS.flatMap((r) => OPDS.map((o) => `${r}/${o}`));

test('every role is among the actors the tables below cover', () => {
  assert.deepEqual(new Set(Object.values(ACTORS).map((a) => a.role)), new Set(ROLES));
});

/** Asks `rule` for every actor × region and compares with the regions the table lists. */
function regionTable(
  name: string,
  rule: (a: AccessActor, region: string) => boolean,
  allowed: Record<ActorName, RegionCode[]>,
) {
  test(`${name}: every actor × region`, () => {
    for (const [actorName, actor] of Object.entries(ACTORS) as [ActorName, AccessActor][]) {
      for (const region of REGIONS) {
        const expected = allowed[actorName].includes(region);
        assert.equal(rule(actor, region), expected, `${name}(${actorName}, ${region})`);
      }
    }
  });
}

/** Asks `rule` for every actor × region × OPD and compares with the `region/opd` pairs listed. */
function opdTable(
  name: string,
  rule: (a: AccessActor, region: string, opdId: string) => boolean,
  allowed: Record<ActorName, string[]>,
) {
  test(`${name}: every actor × region × OPD`, () => {
    for (const [actorName, actor] of Object.entries(ACTORS) as [ActorName, AccessActor][]) {
      for (const region of REGIONS) {
        for (const opd of OPDS) {
          const expected = allowed[actorName].includes(`${region}/${opd}`);
          assert.equal(rule(actor, region, opd), expected, `${name}(${actorName}, ${region}, ${opd})`);
        }
      }
    }
  });
}

const OWN_ONLY = ['72.71'] as RegionCode[];

regionTable('canReadRegion', canReadRegion, {
  superadmin: ALL_REGIONS,
  provinsi: ['72', '72.71', '72.03'],
  provinceAdmin: ['72'],
  admin: OWN_ONLY,
  reviewer: OWN_ONLY,
  pokja: OWN_ONLY,
  operator: OWN_ONLY,
  operatorWithoutOpd: OWN_ONLY,
  institution: [],
});

const ADMINS_ONLY: Record<ActorName, RegionCode[]> = {
  superadmin: ALL_REGIONS,
  provinsi: [],
  provinceAdmin: ['72'],
  admin: OWN_ONLY,
  reviewer: [],
  pokja: [],
  operator: [],
  operatorWithoutOpd: [],
  institution: [],
};
regionTable('canManageRegion', canManageRegion, ADMINS_ONLY);
regionTable('canManageOpds', canManageOpds, ADMINS_ONLY);
regionTable('canManageUsers', canManageUsers, ADMINS_ONLY);
regionTable('canVerifyData', canVerifyData, ADMINS_ONLY);
regionTable('canReadAudit', canReadAudit, ADMINS_ONLY);
// Catalog owners are region codes too: the nation's entries are superadmin's alone.
regionTable('canManageCatalog', canManageCatalog, ADMINS_ONLY);

test('canReadAudit: every region at once is superadmin’s alone', () => {
  for (const [name, actor] of Object.entries(ACTORS)) {
    assert.equal(canReadAudit(actor, null), name === 'superadmin', name);
  }
});

regionTable('canReviewPlanning', canReviewPlanning, {
  superadmin: ALL_REGIONS,
  provinsi: [],
  provinceAdmin: ['72'],
  admin: OWN_ONLY,
  reviewer: OWN_ONLY,
  pokja: [],
  operator: [],
  operatorWithoutOpd: [],
  institution: [],
});

const EDITORS: Record<ActorName, RegionCode[]> = {
  ...ADMINS_ONLY,
  operator: OWN_ONLY,
  // Without an OPD there is no data of theirs to edit.
  operatorWithoutOpd: [],
  institution: [],
};
regionTable('canEditOpdDataIn', canEditOpdDataIn, EDITORS);
regionTable('canImport', canImport, EDITORS);

const FOLLOWS_EVERY_OPD: Record<ActorName, RegionCode[]> = {
  superadmin: ALL_REGIONS,
  provinsi: ['72', '72.71', '72.03'],
  provinceAdmin: ['72'],
  admin: OWN_ONLY,
  reviewer: OWN_ONLY,
  pokja: OWN_ONLY,
  operator: [],
  operatorWithoutOpd: [],
  institution: [],
};
regionTable('readsEveryOpd', readsEveryOpd, FOLLOWS_EVERY_OPD);
regionTable('seesReviewQueue', seesReviewQueue, FOLLOWS_EVERY_OPD);
regionTable('seesDataReview', seesDataReview, FOLLOWS_EVERY_OPD);

const pairsIn = (...regions: RegionCode[]) => regions.flatMap((r) => OPDS.map((o) => `${r}/${o}`));

opdTable('canReadOpdPlanning', canReadOpdPlanning, {
  superadmin: EVERY_PAIR,
  provinsi: pairsIn('72', '72.71', '72.03'),
  provinceAdmin: pairsIn('72'),
  admin: pairsIn('72.71'),
  reviewer: pairsIn('72.71'),
  pokja: pairsIn('72.71'),
  operator: ['72.71/opd-a'],
  operatorWithoutOpd: [],
  institution: [],
});

opdTable('canEditOpdData', canEditOpdData, {
  superadmin: EVERY_PAIR,
  provinsi: [],
  provinceAdmin: pairsIn('72'),
  admin: pairsIn('72.71'),
  reviewer: [],
  pokja: [],
  operator: ['72.71/opd-a'],
  operatorWithoutOpd: [],
  institution: [],
});

test('opdScopeOf: a list is every OPD’s, the one asked for, or the operator’s own whatever is asked', () => {
  const all = { kind: 'all' };
  const none = { kind: 'none' };
  const one = (opdId: string) => ({ kind: 'opd', opdId });
  const expected: Record<ActorName, [RegionCode, unknown, unknown][]> = {
    // [region, scope without a filter, scope when opd-b is asked for]
    superadmin: REGIONS.map((r) => [r, all, one('opd-b')]),
    provinsi: [
      ['72.71', all, one('opd-b')],
      ['72', all, one('opd-b')],
      ['73.71', none, none],
      ['ID', none, none],
    ],
    provinceAdmin: [
      ['72', all, one('opd-b')],
      ['72.71', none, none],
    ],
    admin: [
      ['72.71', all, one('opd-b')],
      ['72.03', none, none],
    ],
    reviewer: [
      ['72.71', all, one('opd-b')],
      ['72', none, none],
    ],
    pokja: [
      ['72.71', all, one('opd-b')],
      ['73.71', none, none],
    ],
    operator: [
      ['72.71', one('opd-a'), one('opd-a')],
      ['72.03', none, none],
    ],
    // No placeholder id: an operator without an OPD sees nothing, asked or not.
    operatorWithoutOpd: [
      ['72.71', none, none],
      ['72', none, none],
    ],
    institution: [
      ['72.71', none, none],
      ['72', none, none],
    ],
  };
  for (const [name, rows] of Object.entries(expected) as [ActorName, [RegionCode, unknown, unknown][]][]) {
    for (const [region, plain, asked] of rows) {
      assert.deepEqual(opdScopeOf(ACTORS[name], region), plain, `${name} ${region}`);
      assert.deepEqual(opdScopeOf(ACTORS[name], region, null), plain, `${name} ${region} null`);
      assert.deepEqual(opdScopeOf(ACTORS[name], region, 'opd-b'), asked, `${name} ${region} opd-b`);
    }
  }
});

test('scopeIncludes: all includes any OPD, one only itself, none nothing', () => {
  assert.equal(scopeIncludes({ kind: 'all' }, 'opd-a'), true);
  assert.equal(scopeIncludes({ kind: 'opd', opdId: 'opd-a' }, 'opd-a'), true);
  assert.equal(scopeIncludes({ kind: 'opd', opdId: 'opd-a' }, 'opd-b'), false);
  assert.equal(scopeIncludes({ kind: 'none' }, 'opd-a'), false);
});

test('whoever may edit an OPD’s data may read its planning, and editing implies the region gate', () => {
  for (const actor of Object.values(ACTORS)) {
    for (const region of REGIONS) {
      for (const opd of OPDS) {
        if (!canEditOpdData(actor, region, opd)) continue;
        assert.ok(canReadOpdPlanning(actor, region, opd), `${actor.role} ${region} ${opd}`);
        assert.ok(canEditOpdDataIn(actor, region), `${actor.role} ${region}`);
      }
    }
  }
});
