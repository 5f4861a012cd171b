import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../../domain/number-parse.ts';
import { formatDecimal } from '../../components/format.ts';
import type { Indicator } from './api.ts';
import type { RuleOperator, RuleSex, ValidationRule } from './admin-api.ts';

export const OPERATOR_SIGNS: Record<RuleOperator, string> = {
  '<=': '≤',
  '<': '<',
  '=': '=',
  '>=': '≥',
  '>': '>',
};

export type RuleParts = Pick<
  ValidationRule,
  'leftIndicator' | 'leftSex' | 'operator' | 'rightIndicator' | 'rightSex' | 'rightFactor'
>;

export type Language = 'id' | 'en';

/**
 * A rule as a sentence an official reads: "Jumlah kematian ibu (P) ≤ 0,3 × Jumlah kelahiran
 * hidup (Total)". The factor is written the Indonesian way in both languages, like every
 * number in the app, and left out when it is 1.
 */
export function useRuleWords(catalog: Indicator[]) {
  const { i18n } = useTranslation();
  return useCallback(
    (rule: Partial<RuleParts>, lng: Language = i18n.language === 'en' ? 'en' : 'id'): string => {
      const t = i18n.getFixedT(lng);
      const name = (code: string | undefined) => {
        if (!code) return '…';
        const ind = catalog.find((i) => i.code === code);
        return ind ? (lng === 'en' ? ind.nameEn : ind.nameId) : code;
      };
      const sex = (s: RuleSex | undefined) => t(`validationRules.sexShort.${s ?? 'T'}`);
      const parsed = parseDecimal(rule.rightFactor ?? '1');
      const factor = parsed.ok ? parsed.value : (rule.rightFactor ?? '1');
      const times = factor === '1' ? '' : `${formatDecimal(factor)} × `;
      const sign = rule.operator ? OPERATOR_SIGNS[rule.operator] : '…';
      return `${name(rule.leftIndicator)} (${sex(rule.leftSex)}) ${sign} ${times}${name(rule.rightIndicator)} (${sex(rule.rightSex)})`;
    },
    [catalog, i18n],
  );
}
