/**
 * Resolving an agreement's parties: references must be the region's (an OPD, a registry
 * institution, a kelembagaan partner — 422 naming `parties.<i>.refId` otherwise), and the
 * names shown are read from those registries, so a renamed OPD shows its new name. Also the
 * form's choices: the region's OPDs, institutions, partners and events.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { PartyBody } from '../../../api/agreements.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { agreementParties } from '../../db/schema-agreements.js';
import { institutions } from '../../db/schema-institutions.js';
import { pugPartners } from '../../db/schema-kelembagaan.js';
import { meetings } from '../../db/schema-meetings.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import { getRegion } from '../regions/service.js';

type PartyRow = typeof agreementParties.$inferSelect;

async function namesOf(db: Db, regionCode: string, rows: { kind: string; refId: string | null }[]) {
  const ids = (kind: string) => [
    ...new Set(rows.filter((r) => r.kind === kind && r.refId).map((r) => r.refId!)),
  ];
  const [opds, insts, partners] = await Promise.all([
    ids('opd').length
      ? db
          .select({ id: opd.id, name: opd.name })
          .from(opd)
          .where(and(eq(opd.regionCode, regionCode), inArray(opd.id, ids('opd'))))
      : [],
    ids('institution').length
      ? db
          .select({ id: institutions.id, name: institutions.name })
          .from(institutions)
          .where(and(eq(institutions.regionCode, regionCode), inArray(institutions.id, ids('institution'))))
      : [],
    ids('partner').length
      ? db
          .select({ id: pugPartners.id, name: pugPartners.name })
          .from(pugPartners)
          .where(and(eq(pugPartners.regionCode, regionCode), inArray(pugPartners.id, ids('partner'))))
      : [],
  ]);
  return {
    opd: new Map(opds.map((r) => [r.id, r.name])),
    institution: new Map(insts.map((r) => [r.id, r.name])),
    partner: new Map(partners.map((r) => [r.id, r.name])),
  } as Record<string, Map<string, string>>;
}

/** Refuses references that are not the region's; answers the rows to store, in order. */
export async function resolveParties(db: Db, regionCode: string, parties: readonly PartyBody[]) {
  const problems: FieldErrors = {};
  parties.forEach((p, i) => {
    if ((p.kind === 'region' || p.kind === 'other') && p.refId)
      problems[`parties.${i}.refId`] = 'agreement_party_ref_not_for_kind';
  });
  if (Object.keys(problems).length) throw new Invalid(problems);
  const names = await namesOf(
    db,
    regionCode,
    parties.map((p) => ({ kind: p.kind, refId: p.refId ?? null })),
  );
  parties.forEach((p, i) => {
    if (p.refId && !names[p.kind]?.has(p.refId)) problems[`parties.${i}.refId`] = 'agreement_party_unknown';
  });
  if (Object.keys(problems).length) throw new Invalid(problems);
  return parties.map((p, position) => ({
    regionCode,
    position,
    kind: p.kind,
    opdId: p.kind === 'opd' ? p.refId! : null,
    institutionId: p.kind === 'institution' ? p.refId! : null,
    partnerId: p.kind === 'partner' ? p.refId! : null,
    name: p.kind === 'other' ? (p.name ?? '').trim() : '',
    documentNumber: p.documentNumber ?? '',
    signedOn: p.signedOn ?? null,
    signatoryName: p.signatoryName ?? '',
    signatoryPosition: p.signatoryPosition ?? '',
    obligations: p.obligations ?? '',
  }));
}

export function refOf(p: PartyRow): string | null {
  return p.opdId ?? p.institutionId ?? p.partnerId ?? null;
}

/** The parties as the API shows them, with their current names. */
export async function partyDtos(db: Db, regionCode: string, rows: PartyRow[]) {
  const region = await getRegion(db, regionCode);
  const names = await namesOf(
    db,
    regionCode,
    rows.map((r) => ({ kind: r.kind, refId: refOf(r) })),
  );
  return rows.map((r) => ({
    kind: r.kind,
    refId: refOf(r),
    name:
      r.kind === 'region'
        ? `Pemerintah ${region.name}`
        : r.kind === 'other'
          ? r.name
          : (names[r.kind]?.get(refOf(r)!) ?? ''),
    documentNumber: r.documentNumber,
    signedOn: r.signedOn,
    signatoryName: r.signatoryName,
    signatoryPosition: r.signatoryPosition,
    obligations: r.obligations,
  }));
}

export async function partyChoicesOf(db: Db, regionCode: string) {
  const region = await getRegion(db, regionCode);
  const [opds, insts, partners, events] = await Promise.all([
    db
      .select({ id: opd.id, name: opd.name })
      .from(opd)
      .where(eq(opd.regionCode, regionCode))
      .orderBy(asc(opd.name)),
    db
      .select({ id: institutions.id, name: institutions.name })
      .from(institutions)
      .where(eq(institutions.regionCode, regionCode))
      .orderBy(asc(institutions.name)),
    db
      .select({ id: pugPartners.id, name: pugPartners.name, kind: pugPartners.kind })
      .from(pugPartners)
      .where(eq(pugPartners.regionCode, regionCode))
      .orderBy(asc(pugPartners.name)),
    db
      .select({ id: meetings.id, title: meetings.title, startsOn: meetings.startsOn, kind: meetings.kind })
      .from(meetings)
      .where(eq(meetings.regionCode, regionCode))
      .orderBy(desc(meetings.startsOn))
      .limit(300),
  ]);
  return { regionName: `Pemerintah ${region.name}`, opds, institutions: insts, partners, meetings: events };
}
