import type { TFunction } from 'i18next';
import { parseDecimal } from '../../../../domain/number-parse.ts';

/**
 * A form rule for a number typed the Indonesian way (`100.000`, `0,3`), read by the same
 * parser as the entry grid so both places accept the same spellings. Empty passes; add
 * `required` beside it where a value is needed.
 */
export function positiveDecimalRule(t: TFunction) {
  return {
    validator: async (_: unknown, text: string | undefined) => {
      if (!text?.trim()) return;
      const parsed = parseDecimal(text);
      if (!parsed.ok) throw new Error(t('indicatorsAdmin.notANumber'));
      if (Number(parsed.value) <= 0) throw new Error(t('indicatorsAdmin.mustBePositive'));
    },
  };
}
