/** A small instrument the evaluation domain tests share (not shipped; the example is server-side). */
import type { InstrumentContent, InstrumentQuestion, TierBand } from './instrument.js';

export function q(code: string, over: Partial<InstrumentQuestion> = {}): InstrumentQuestion {
  return {
    code,
    text: `Pertanyaan ${code}`,
    answerType: 'yes_no',
    maxScore: 10,
    weight: 1,
    evidenceKinds: [],
    ...over,
  };
}

/** Max total: A1 10 + A2 10×2 + A3 10 + B1 4 + B2 10 + B3 10 = 64. */
export function smallInstrument(): InstrumentContent {
  return {
    areas: [
      {
        code: 'PELEMBAGAAN',
        name: 'Pelembagaan',
        questions: [
          q('A1', { evidenceKinds: ['sk_pokja_pug'] }),
          q('A2', {
            answerType: 'choice',
            weight: 2,
            options: [
              { code: 'A', label: 'Lengkap', score: 10 },
              { code: 'B', label: 'Sebagian', score: 5 },
              { code: 'C', label: 'Tidak ada', score: 0 },
            ],
          }),
          // Shown only when A1 is yes.
          q('A3', { condition: { questionCode: 'A1', equals: true } }),
        ],
      },
      {
        code: 'PERENCANAAN',
        name: 'Perencanaan',
        questions: [
          q('B1', {
            answerType: 'percentage',
            maxScore: 4,
            thresholds: [
              { min: 25, score: 1 },
              { min: 50, score: 2 },
              { min: 100, score: 4 },
            ],
          }),
          q('B2', { answerType: 'number', target: 20 }),
          q('B3', { answerType: 'text' }),
        ],
      },
    ],
  };
}

export const FIVE_TIERS: TierBand[] = [
  { name: 'Pratama', min: 10, max: 20 },
  { name: 'Madya', min: 20, max: 30 },
  { name: 'Nindya', min: 30, max: 40 },
  { name: 'Utama', min: 40, max: 50 },
  { name: 'Mentor', min: 50, max: 64 },
];
