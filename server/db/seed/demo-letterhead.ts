/**
 * DEMO DATA — Kota Palu's letterhead and the heads of two demo agencies, so that the demo's
 * GAP, GBS and TOR exports print a full kop surat and signature block. The address follows
 * the usual style of the city's letterheads but is not quoted from an official document; the
 * people, names and NIPs are INVENTED (the NIPs only follow the 18-digit structure: birth
 * date, appointment month, sex digit, sequence). No logo: the layouts must read well without.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { opd } from '../schema.js';
import { opdSignatories, regionLetterheads } from '../schema-planning.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_LETTERHEAD = {
  governmentName: 'PEMERINTAH KOTA PALU',
  address: 'Jl. Balai Kota Selatan No. 1, Palu, Sulawesi Tengah 94111',
  contact: 'Telp. (0451) 000000 · demo.setara.invalid',
  place: 'Palu',
};

/** Fictitious signatories (DEMO): not the real heads of these agencies. */
export const DEMO_SIGNATORIES: {
  opdShortName: string;
  name: string;
  nip: string;
  position: string;
  rank: string;
}[] = [
  {
    opdShortName: 'DP3A',
    name: 'Dra. Hasnawati Lamadjido, M.Si.',
    nip: '197108221997032005',
    position: 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    rank: 'Pembina Utama Muda (IV/c)',
  },
  {
    opdShortName: 'Dinkes',
    name: 'dr. Rahmawati Pettalolo, M.Kes.',
    nip: '197305142000032002',
    position: 'Kepala Dinas Kesehatan',
    rank: 'Pembina Tingkat I (IV/b)',
  },
];

async function demoOpdIds(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: opd.id, shortName: opd.shortName })
    .from(opd)
    .where(and(eq(opd.regionCode, DEMO_REGION), eq(opd.isDemo, true)));
  return new Map(rows.map((r) => [r.shortName, r.id]));
}

/** Adds the demo letterhead and signatories where the region has none; returns rows added. */
export async function seedDemoLetterhead(db: Db): Promise<number> {
  const letterhead = await db
    .insert(regionLetterheads)
    .values({ regionCode: DEMO_REGION, ...DEMO_LETTERHEAD, isDemo: true })
    .onConflictDoNothing()
    .returning({ regionCode: regionLetterheads.regionCode });
  const ids = await demoOpdIds(db);
  const rows = DEMO_SIGNATORIES.filter((s) => ids.has(s.opdShortName)).map(({ opdShortName, ...s }) => ({
    regionCode: DEMO_REGION,
    opdId: ids.get(opdShortName)!,
    ...s,
  }));
  const signatories = rows.length
    ? await db
        .insert(opdSignatories)
        .values(rows)
        .onConflictDoNothing()
        .returning({ opdId: opdSignatories.opdId })
    : [];
  return letterhead.length + signatories.length;
}

/**
 * Removes the demo letterhead (unless the region saved over it, which clears its demo flag)
 * and the demo signatories still as seeded, so that the demo agencies can be deleted.
 */
export async function removeDemoLetterhead(db: Db): Promise<void> {
  await db
    .delete(regionLetterheads)
    .where(and(eq(regionLetterheads.regionCode, DEMO_REGION), eq(regionLetterheads.isDemo, true)));
  const ids = [...(await demoOpdIds(db)).values()];
  if (ids.length === 0) return;
  await db.delete(opdSignatories).where(
    and(
      eq(opdSignatories.regionCode, DEMO_REGION),
      inArray(opdSignatories.opdId, ids),
      inArray(
        opdSignatories.nip,
        DEMO_SIGNATORIES.map((s) => s.nip),
      ),
    ),
  );
}
