/**
 * The demo MoU of Kota Palu (seed 003's pattern): a Nota Kesepahaman between the Pemerintah
 * Kota Palu and the Pengadilan Agama Palu (the kelembagaan demo's partner), with the demo
 * Puspaga as a third party, signed at an advocacy event on lembaga penyedia layanan peningkatan
 * kualitas keluarga (added here, `is_demo`), with two activities carried out under it. Numbers
 * and dates are CONTOH — the title says so — never a real agreement.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { agreementActivities, agreementParties, agreements } from '../schema-agreements.js';
import { institutions } from '../schema-institutions.js';
import { pugPartners } from '../schema-kelembagaan.js';
import { meetings } from '../schema-meetings.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_ADVOCACY_TITLE =
  'Advokasi Kebijakan dan Pendampingan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Keluarga (contoh)';
export const DEMO_MOU_TITLE =
  'Nota Kesepahaman Peningkatan Kualitas Keluarga dan Perlindungan Perempuan dan Anak (CONTOH — bukan dokumen resmi)';

export async function seedDemoAgreements(tx: Db): Promise<number> {
  const [existing] = await tx
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.regionCode, DEMO_REGION), eq(agreements.title, DEMO_MOU_TITLE)));
  if (existing) return 0;
  const [event] = await tx
    .insert(meetings)
    .values({
      regionCode: DEMO_REGION,
      kind: 'advokasi',
      status: 'held',
      title: DEMO_ADVOCACY_TITLE,
      theme: 'Lima dimensi ketahanan keluarga (Permen PPPA 6/2013)',
      startsOn: '2025-02-20',
      endsOn: '2025-02-20',
      startTime: '09:00',
      endTime: '14:00',
      venue: 'Aula Kantor Wali Kota Palu',
      agenda: [
        { id: 'a1', text: 'Paparan lima dimensi ketahanan keluarga' },
        { id: 'a2', text: 'Penandatanganan nota kesepahaman dengan Pengadilan Agama Palu' },
      ],
      isDemo: true,
    })
    .returning({ id: meetings.id });
  const [court] = await tx
    .select({ id: pugPartners.id })
    .from(pugPartners)
    .where(
      and(eq(pugPartners.regionCode, DEMO_REGION), eq(pugPartners.name, 'Pengadilan Agama Palu (contoh)')),
    );
  const [puspaga] = await tx
    .select({ id: institutions.id })
    .from(institutions)
    .where(and(eq(institutions.regionCode, DEMO_REGION), eq(institutions.name, 'Puspaga Kota Palu')));
  const [mou] = await tx
    .insert(agreements)
    .values({
      regionCode: DEMO_REGION,
      kind: 'mou',
      title: DEMO_MOU_TITLE,
      scope:
        'Konseling pranikah dan pascaperceraian lewat Puspaga, rujukan perkara perceraian yang melibatkan anak, ' +
        'sosialisasi pencegahan perkawinan anak, dan pertukaran data terpilah perkara menurut jenis kelamin.',
      startsOn: '2025-02-20',
      endsOn: '2027-02-19',
      status: 'signed',
      meetingId: event.id,
      isDemo: true,
    })
    .returning({ id: agreements.id });
  const base = { regionCode: DEMO_REGION, agreementId: mou.id, signedOn: '2025-02-20' };
  await tx.insert(agreementParties).values(
    [
      {
        ...base,
        position: 0,
        kind: 'region' as const,
        documentNumber: '100.3.7/07/HK/2025 (contoh)',
        signatoryName: 'Wali Kota Palu',
        signatoryPosition: 'Wali Kota',
        obligations:
          'Menyediakan layanan Puspaga dan anggaran sosialisasi; menyampaikan data layanan keluarga.',
      },
      court
        ? { ...base, position: 1, kind: 'partner' as const, partnerId: court.id }
        : { ...base, position: 1, kind: 'other' as const, name: 'Pengadilan Agama Palu (contoh)' },
      ...(puspaga ? [{ ...base, position: 2, kind: 'institution' as const, institutionId: puspaga.id }] : []),
    ].map((p, i) => ({
      documentNumber:
        i === 1 ? 'W21-A1/215/HK.05/II/2025 (contoh)' : i === 2 ? '01/PUSPAGA/II/2025 (contoh)' : '',
      signatoryName: i === 1 ? 'Ketua Pengadilan Agama Palu' : i === 2 ? 'Kepala Puspaga Kota Palu' : '',
      obligations:
        i === 1
          ? 'Merujuk para pihak perkara perceraian ke Puspaga; menyampaikan data perkara menurut jenis kelamin.'
          : i === 2
            ? 'Memberikan konseling keluarga atas rujukan dan melaporkan layanannya.'
            : '',
      ...p,
    })),
  );
  await tx.insert(agreementActivities).values([
    {
      regionCode: DEMO_REGION,
      agreementId: mou.id,
      doneOn: '2025-05-14',
      description: 'Sosialisasi bersama pencegahan perkawinan anak di Kecamatan Tawaeli (contoh).',
    },
    {
      regionCode: DEMO_REGION,
      agreementId: mou.id,
      doneOn: '2025-09-03',
      description:
        'Rapat evaluasi rujukan konseling dari Pengadilan Agama ke Puspaga, triwulan III (contoh).',
    },
  ]);
  return 1;
}

export async function removeDemoAgreements(tx: Db): Promise<void> {
  const demo = tx.select({ id: agreements.id }).from(agreements).where(eq(agreements.isDemo, true));
  await tx.delete(agreementActivities).where(inArray(agreementActivities.agreementId, demo));
  await tx.delete(agreementParties).where(inArray(agreementParties.agreementId, demo));
  await tx.delete(agreements).where(eq(agreements.isDemo, true));
  await tx.delete(meetings).where(and(eq(meetings.isDemo, true), eq(meetings.title, DEMO_ADVOCACY_TITLE)));
}
