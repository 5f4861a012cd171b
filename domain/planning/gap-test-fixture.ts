/**
 * A complete GAP worksheet for tests (domain and server): every rule of gap-rules.ts passes,
 * so a test breaks exactly the rule it is about.
 */
import type { GapContent, GbsContent } from './gap-content.js';

export function completeGap(indicatorCode = 'KES_PERSALINAN_NAKES_PERSEN', year = 2023): GapContent {
  return {
    step1: {
      policy: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
      objective: 'Ibu hamil mendapat pelayanan antenatal sesuai standar',
    },
    step2: {
      data: [{ id: 'd1', indicatorCode, year, note: 'Cakupan belum merata antarkelurahan.' }],
      qualitative: 'Kelas ibu hamil jarang dihadiri suami.',
    },
    step3: {
      factors: [
        { id: 'f1', aspect: 'akses', text: 'Ibu hamil di kelurahan lereng bukit jauh dari puskesmas.' },
        { id: 'f2', aspect: 'partisipasi', text: 'Suami jarang hadir di kelas ibu hamil.' },
      ],
    },
    step4: { causes: [{ id: 'c1', text: 'Kelas dijadwalkan pada jam kerja.' }] },
    step5: { causes: [{ id: 'c2', text: 'Kehamilan dianggap urusan perempuan saja.' }] },
    step6: { objective: 'Meningkatkan cakupan antenatal dengan keterlibatan suami.' },
    step7: {
      actions: [
        {
          id: 'a1',
          text: 'Pelayanan antenatal keliling ke kelurahan lereng bukit',
          output: '24 kunjungan',
          addresses: ['f1'],
        },
        {
          id: 'a2',
          text: 'Kelas ibu hamil Sabtu pagi bersama pasangan',
          output: '12 angkatan kelas',
          addresses: ['f2', 'c1', 'c2'],
        },
      ],
    },
    step8: { baselines: [{ id: 'b1', dataRefId: 'd1', text: 'Cakupan persalinan oleh nakes 2023.' }] },
    step9: {
      indicators: [
        {
          id: 'i1',
          kind: 'output',
          text: 'Ibu hamil yang mendapat pelayanan K6',
          target: '3200',
          unit: 'orang',
        },
        {
          id: 'i2',
          kind: 'output',
          text: 'Suami yang mengikuti kelas ibu hamil',
          target: '400',
          unit: 'orang',
        },
        { id: 'i3', kind: 'outcome', text: 'Cakupan K6', target: '90', unit: '%' },
      ],
    },
  };
}

export function simpleGbs(budget = '1000000.00'): GbsContent {
  return {
    outputIndicator: 'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
    outputTarget: '3200 orang',
    situationAnalysis: 'Analisis.',
    components: [{ id: 'k1', actionId: 'a1', name: 'Pelayanan keliling', budget }],
    outcome: 'Cakupan K6: 90 %',
  };
}
