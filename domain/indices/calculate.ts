/**
 * One entry for every computed index: the calculator route, the stored region-year values and
 * the bench all call `calculateIndex`, so a formula is applied the same way everywhere.
 */
import { computeIdg, type IdgInputs } from './gender-empowerment.js';
import { computeIkg, type IkgInputs } from './gender-inequality.js';
import { computeIpg, computeIpm, type IpgInputs, type IpmInputs } from './human-development.js';
import type { ComputedIndexCode } from './inputs.js';
import type { IndexMethods } from './method.js';

export interface IndexResult {
  value: number | null;
  parts: Record<string, number | null>;
}

export function calculateIndex<C extends ComputedIndexCode>(
  index: C,
  inputs: Record<string, number>,
  method: IndexMethods[C],
): IndexResult {
  switch (index) {
    case 'ipm': {
      const { value, parts } = computeIpm(inputs as unknown as IpmInputs, method as IndexMethods['ipm']);
      return { value, parts: { ...parts } };
    }
    case 'ipg':
      return computeIpg(inputs as unknown as IpgInputs, method as IndexMethods['ipg']);
    case 'ikg':
      return computeIkg(inputs as unknown as IkgInputs, method as IndexMethods['ikg']);
    case 'idg':
      return computeIdg(inputs as unknown as IdgInputs, method as IndexMethods['idg']);
  }
  throw new Error(`unknown index ${String(index)}`);
}
