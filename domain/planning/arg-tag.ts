/**
 * The rules of an ARG tag on one sub-kegiatan: which category, and how much of its budget
 * counts as gender-responsive. Amounts are canonical strings (domain/planning/money.ts).
 *
 * - no category: not yet tagged, no amount;
 * - netral: not gender-responsive, amount 0;
 * - khusus / kesetaraan / kelembagaan: an amount 0 ≤ amount ≤ budget; none given means the
 *   whole budget (the usual case: the whole sub-kegiatan serves the gender need).
 */
import { compareMoney, isNegativeMoney } from './money.js';
import type { ArgCategoryValue } from './arg-recap.js';

export type ArgTagError =
  'arg_amount_without_category' | 'arg_amount_netral' | 'arg_amount_exceeds_budget' | 'money_negative';

export type ArgTagResult =
  | { ok: true; argCategory: ArgCategoryValue | null; argAmount: string | null }
  | { ok: false; field: 'argAmount'; error: ArgTagError };

export function resolveArgTag(
  budget: string,
  category: ArgCategoryValue | null,
  amount: string | null,
): ArgTagResult {
  if (category === null) {
    if (amount !== null && compareMoney(amount, '0') !== 0) {
      return { ok: false, field: 'argAmount', error: 'arg_amount_without_category' };
    }
    return { ok: true, argCategory: null, argAmount: null };
  }
  if (category === 'netral') {
    if (amount !== null && compareMoney(amount, '0') !== 0) {
      return { ok: false, field: 'argAmount', error: 'arg_amount_netral' };
    }
    return { ok: true, argCategory: 'netral', argAmount: '0.00' };
  }
  const value = amount ?? budget;
  if (isNegativeMoney(value)) return { ok: false, field: 'argAmount', error: 'money_negative' };
  if (compareMoney(value, budget) > 0) {
    return { ok: false, field: 'argAmount', error: 'arg_amount_exceeds_budget' };
  }
  return { ok: true, argCategory: category, argAmount: value };
}

/**
 * The tag after the budget changes without a new tag being given: a tag that covered the whole
 * old budget follows the new one; a partial tag stays, and is refused if it no longer fits.
 */
export function retagForBudget(
  oldBudget: string,
  newBudget: string,
  category: ArgCategoryValue | null,
  amount: string | null,
): { ok: true; argAmount: string | null } | { ok: false } {
  if (category === null || category === 'netral' || amount === null) return { ok: true, argAmount: amount };
  if (compareMoney(amount, oldBudget) === 0) return { ok: true, argAmount: newBudget };
  return compareMoney(amount, newBudget) > 0 ? { ok: false } : { ok: true, argAmount: amount };
}
