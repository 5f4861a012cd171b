/** What the evaluation-instruments tests and permission table share. */
import type { CycleInput } from '../../../api/evaluation-instruments.js';
import { EXAMPLE_TIERS } from '../../../domain/evaluation/example-tiers.js';
import { EXAMPLE_INSTRUMENT_ID } from './examples.js';

export { caller, type Call } from '../institution-standards/test-helpers.js';

/** A cycle over the example instrument with every date and the example tiers: ready to open. */
export function readyCycle(year: number, over: Partial<CycleInput> = {}): CycleInput {
  return {
    year,
    award: 'PPE',
    name: `Evaluasi PUG ${year}`,
    instrumentId: EXAMPLE_INSTRUMENT_ID,
    nationalVerifiesKabKota: false,
    stages: {
      self_assessment: { start: `${year}-08-01`, end: `${year}-09-30` },
      administrative_verification: { start: `${year}-10-01`, end: `${year}-10-31` },
      field_verification: { start: `${year}-11-01`, end: `${year}-11-30` },
      final: { start: `${year}-12-01`, end: `${year}-12-15` },
    },
    tiers: [...EXAMPLE_TIERS],
    ...over,
  };
}

/** A one-area instrument definition that passes the validator. */
export function tinyDefinition(code: string) {
  return {
    code,
    name: `Instrumen ${code}`,
    sourceNote: 'uji',
    areas: [
      {
        code: 'A',
        name: 'Area A',
        questions: [
          {
            code: 'A.1',
            text: 'Ada SK?',
            answerType: 'yes_no' as const,
            maxScore: 10,
            weight: 1,
            evidenceKinds: [],
          },
        ],
      },
    ],
  };
}
