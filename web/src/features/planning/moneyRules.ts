import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { moneyAtMost, parseMoney } from '../../components/money.ts';

/** Form rules: required, a readable amount with at most two decimals, optionally at most `max`. */
export function moneyRules(t: TFunction, max?: () => string | null): Rule[] {
  return [
    {
      validator: async (_rule, value: string | undefined) => {
        const parsed = parseMoney(value ?? '');
        if (!parsed.ok) throw new Error(t(`planning.money.${parsed.reason}`));
        const limit = max?.();
        if (limit && !moneyAtMost(parsed.value, limit)) throw new Error(t('planning.money.overBudget'));
      },
    },
  ];
}

/** The canonical string the API takes, from a value the rules above accepted. */
export function moneyValue(text: string): string {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new Error(`not money: ${text}`);
  return parsed.value;
}
