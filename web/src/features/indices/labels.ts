import type { TFunction } from 'i18next';
import type { IndexCode } from '../../../../domain/indices/constants.ts';

interface SpecLike {
  name: string;
  label?: string;
  group?: string;
}

/**
 * A component's label: the family index's variables carry their names from the method
 * version (data, not code); the formula indices' inputs are named in the locales.
 */
export function inputLabel(t: TFunction, index: IndexCode, spec: SpecLike): string {
  if (index === 'ikk') return spec.label ?? spec.name;
  return t(`indices.inputs.${spec.name}`, { defaultValue: spec.name });
}
