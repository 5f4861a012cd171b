/**
 * Demo services of Kota Palu's demo institutions (demo-institutions.ts): every quarter of 2025
 * and the first three of 2026, for each institution one or two kinds of service of its fields,
 * with beneficiaries by sex, age group and target group that add up — CONTOH figures, made up
 * and marked `is_demo` with a note saying so, never official data. Deterministic (a hash of the
 * institution, kind and quarter), so a reseed gives the same figures.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import {
  SERVICE_KIND_DEFS,
  FAMILY_DIMENSIONS,
  isFamilyKind,
} from '../../../domain/institution-services/constants.js';
import type { Db } from '../connection.js';
import { institutions } from '../schema-institutions.js';
import { serviceRecords } from '../schema-institution-services.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_SERVICE_PERIODS = [
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
  '2026-Q1',
  '2026-Q2',
  '2026-Q3',
];
const NOTE = 'CONTOH — angka demo, bukan data resmi.';

/** A number in [0, 1) from the text, the same on every run. */
function unit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** The record of one institution, kind and quarter: women mostly, ages and groups that add up. */
export function demoFigures(institution: string, kind: string, period: string) {
  const r = (salt: string) => unit(`${institution}|${kind}|${period}|${salt}`);
  const family = isFamilyKind(kind);
  const total = 8 + Math.floor(r('n') * (family ? 40 : 30));
  const female = Math.round(total * (family ? 0.6 : 0.75 + r('f') * 0.2));
  const male = total - female;
  const child = family ? Math.floor(total * 0.15) : 0;
  const old = Math.floor(total * (0.05 + r('o') * 0.1));
  const young = Math.floor((total - child - old) * 0.2);
  const mid = Math.floor((total - child - old - young) * 0.6);
  const late = total - child - old - young - mid;
  const dims = family ? FAMILY_DIMENSIONS.filter((_, i) => i === Math.floor(r('d') * 5) || i === 3) : [];
  return {
    servicesCount: Math.max(1, Math.floor(total / (family ? 2 : 6))),
    female,
    male,
    age0to17: child,
    age18to24: young,
    age25to44: mid,
    age45to59: late,
    age60plus: old,
    tgPerempuan: female,
    tgDisabilitas: Math.floor(total * 0.05),
    tgLansia: old,
    tgIbuHamil: family ? Math.min(female, Math.floor(r('h') * 4)) : null,
    tgAnak: family ? child : null,
    familyDimensions: [...new Set(dims)],
  };
}

export async function seedDemoInstitutionServices(tx: Db): Promise<number> {
  const rows = await tx
    .select({ id: institutions.id, name: institutions.name, fields: institutions.fields })
    .from(institutions)
    .where(and(eq(institutions.regionCode, DEMO_REGION), eq(institutions.isDemo, true)));
  const values = rows.flatMap((inst) => {
    const kinds = SERVICE_KIND_DEFS.filter((k) => inst.fields.includes(k.field)).slice(0, 2);
    return kinds.flatMap((k) =>
      DEMO_SERVICE_PERIODS.map((period) => ({
        regionCode: DEMO_REGION,
        institutionId: inst.id,
        period,
        year: Number(period.slice(0, 4)),
        kind: k.code,
        ...demoFigures(inst.name, k.code, period),
        note: NOTE,
        isDemo: true,
      })),
    );
  });
  if (!values.length) return 0;
  const inserted = await tx
    .insert(serviceRecords)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: serviceRecords.id });
  return inserted.length;
}

export async function removeDemoInstitutionServices(tx: Db): Promise<void> {
  const demo = tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.isDemo, true));
  await tx.delete(serviceRecords).where(eq(serviceRecords.isDemo, true));
  // Records real users added to a demo institution go with it (the institution is removed next).
  await tx.delete(serviceRecords).where(inArray(serviceRecords.institutionId, demo));
}
