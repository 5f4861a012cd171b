/**
 * Documents for the export tests, written straight into the tables (the exports read rows;
 * how the GAP module writes them is tested there): a complete GAP, a GBS whose components add
 * up to Rp 486.750.000 and a TOR, on a sub-kegiatan of the asked OPD.
 */
import { completeGap } from '../../../domain/planning/gap-test-fixture.js';
import type { GbsContent, TorContent } from '../../../domain/planning/gap-content.js';
import type { Db } from '../../db/connection.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';

export const FIXTURE_YEAR = 2027;
export const FIXTURE_BUDGET = '486750000.00';
export const FIXTURE_BUDGET_TEXT = 'Rp 486.750.000';

export function fixtureGbs(): GbsContent {
  return {
    outputIndicator: 'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
    outputTarget: '3.200 orang',
    situationAnalysis:
      'Cakupan pelayanan antenatal K6 di kelurahan lereng bukit tertinggal; suami jarang hadir di kelas ibu hamil.',
    components: [
      {
        id: 'k1',
        actionId: 'a1',
        name: 'Pelayanan antenatal keliling ke kelurahan lereng bukit',
        budget: '312500000.00',
      },
      {
        id: 'k2',
        actionId: 'a2',
        name: 'Kelas ibu hamil Sabtu pagi bersama pasangan',
        budget: '174250000.00',
      },
    ],
    outcome: 'Cakupan K6 mencapai 90 persen pada akhir tahun.',
  };
}

export function fixtureTor(): TorContent {
  return {
    legalBasis: 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan.',
    background: 'Gambaran umum dengan analisis gender dari langkah 2 sampai 5.',
    objective: 'Meningkatkan cakupan antenatal dengan keterlibatan suami.',
    beneficiaries: { women: '3200', men: '400', description: 'Ibu hamil dan pasangannya.' },
    method: 'Pelayanan keliling dan kelas ibu hamil pada hari Sabtu.',
    location: 'Kelurahan di lereng bukit Kota Palu',
    implementer: 'Bidang Kesehatan Masyarakat, Dinas Kesehatan',
    schedule: [
      { id: 's1', activity: 'Pelayanan keliling', months: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
      { id: 's2', activity: 'Kelas ibu hamil', months: [3, 6, 9] },
    ],
  };
}

export async function insertDocument(
  db: Db,
  o: {
    opdId: string;
    code: string;
    name: string;
    year?: number;
    status?: 'draft' | 'submitted' | 'revision' | 'approved';
    gbs?: GbsContent | null;
    tor?: TorContent | null;
  },
): Promise<string> {
  const year = o.year ?? FIXTURE_YEAR;
  const [line] = await db
    .insert(subActivities)
    .values({
      regionCode: '72.71',
      year,
      opdId: o.opdId,
      code: o.code,
      name: o.name,
      outputIndicator: 'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
      target: '3200 orang',
      budget: FIXTURE_BUDGET,
    })
    .returning();
  const [doc] = await db
    .insert(gapDocuments)
    .values({
      regionCode: '72.71',
      subActivityId: line.id,
      opdId: o.opdId,
      year,
      status: o.status ?? 'submitted',
      gap: completeGap('KES_UHH', 2024),
      gbs: o.gbs === undefined ? fixtureGbs() : o.gbs,
      tor: o.tor === undefined ? fixtureTor() : o.tor,
    })
    .returning();
  return doc.id;
}
