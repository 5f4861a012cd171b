import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../domain/value-rules.ts';
import { formatDecimal } from '../../components/format.ts';
import type { CatalogLabels } from '../indicators/labels.ts';

/** Params that carry numbers, written the Indonesian way like every number in the UI. */
const NUMERIC = ['value', 'previous', 'part', 'total', 'changePct', 'threshold', 'left', 'right', 'computed'];
/** Params that name another indicator (a part's total, a rate's numerator and denominator). */
const INDICATORS = ['totalIndicator', 'numeratorIndicator', 'denominatorIndicator'];

/**
 * A rule violation as a sentence in the UI language. `nameOf` turns an indicator code into
 * its name (the "total" a part exceeds is another indicator).
 */
export function useViolationText(labels: CatalogLabels, nameOf: (code: string) => string) {
  const { t } = useTranslation();
  return useCallback(
    (v: Violation) => {
      const params: Record<string, string> = {};
      for (const [k, raw] of Object.entries(v.params)) {
        params[k] = NUMERIC.includes(k) ? formatDecimal(String(raw)) : String(raw);
      }
      for (const k of INDICATORS) {
        const code = v.params[k];
        if (typeof code === 'string') params[k] = nameOf(code);
      }
      if (typeof v.params.sex === 'string') params.sex = labels.sex(v.params.sex).toLowerCase();
      return t(`rules.${v.rule}`, { ...params, defaultValue: v.rule });
    },
    [t, labels, nameOf],
  );
}
