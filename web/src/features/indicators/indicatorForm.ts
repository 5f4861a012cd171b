/** The indicator form's values and their translation to and from the API's shape. */
import type {
  Aggregation,
  DomainGroup,
  Periodicity,
  SourceKind,
  Unit,
} from '../../../../domain/indicators.ts';
import { parseDecimal } from '../../../../domain/number-parse.ts';
import { formatDecimal } from '../../components/format.ts';
import type { Indicator } from './api.ts';
import type { IndicatorFields, IndicatorInput } from './admin-api.ts';

/** Which sexes an indicator applies to, as one choice instead of a two-item list. */
export type SexChoice = 'PL' | 'P' | 'L';
export const SEX_CHOICES: readonly SexChoice[] = ['PL', 'P', 'L'];

export interface IndicatorFormValues {
  owner: string;
  code: string;
  nameId: string;
  nameEn: string;
  definitionId?: string;
  definitionEn?: string;
  unit: Unit;
  domainGroup: DomainGroup;
  periodicity: Periodicity;
  source: SourceKind;
  sourceNote?: string;
  aggregation: Aggregation;
  numeratorCode?: string;
  denominatorCode?: string;
  /** Typed the Indonesian way (`100.000`, `0,5`). */
  multiplier?: string;
  dimensions: string[];
  sexes: SexChoice;
  decimals: number;
  percentBounded: boolean;
  /** Typed the Indonesian way; empty for the default threshold. */
  jumpWarningPct?: string;
  responsibleOpdHint?: string;
  sdg?: string;
}

/** Form fields that carry the server's errors (API names, except `refs.sdg` -> `sdg`). */
export const INDICATOR_FIELDS = [
  'owner',
  'code',
  'nameId',
  'nameEn',
  'definitionId',
  'definitionEn',
  'unit',
  'domainGroup',
  'periodicity',
  'source',
  'sourceNote',
  'aggregation',
  'numeratorCode',
  'denominatorCode',
  'multiplier',
  'dimensions',
  'sexes',
  'decimals',
  'percentBounded',
  'jumpWarningPct',
  'responsibleOpdHint',
  'sdg',
] as const;
export const INDICATOR_FIELD_RENAMES = { 'refs.sdg': 'sdg', ownerRegionCode: 'owner' };

export function newIndicatorValues(owner: string): Partial<IndicatorFormValues> {
  return {
    owner,
    periodicity: 'year',
    source: 'administrative',
    aggregation: 'sum',
    dimensions: [],
    sexes: 'PL',
    decimals: 0,
    percentBounded: false,
  };
}

export function valuesOf(ind: Indicator): IndicatorFormValues {
  return {
    owner: ind.ownerRegionCode,
    code: ind.code,
    nameId: ind.nameId,
    nameEn: ind.nameEn,
    definitionId: ind.definitionId,
    definitionEn: ind.definitionEn,
    unit: ind.unit,
    domainGroup: ind.domainGroup,
    periodicity: ind.periodicity,
    source: ind.source,
    sourceNote: ind.sourceNote,
    aggregation: ind.aggregation,
    numeratorCode: ind.numeratorCode ?? undefined,
    denominatorCode: ind.denominatorCode ?? undefined,
    multiplier: ind.multiplier ? formatDecimal(ind.multiplier) : undefined,
    dimensions: ind.dimensions,
    sexes: ind.sexes.length === 2 ? 'PL' : (ind.sexes[0] as SexChoice),
    decimals: ind.decimals,
    percentBounded: ind.percentBounded,
    jumpWarningPct: ind.jumpWarningPct ? formatDecimal(ind.jumpWarningPct) : undefined,
    responsibleOpdHint: ind.responsibleOpdHint ?? undefined,
    sdg: ind.refs.sdg,
  };
}

/** A typed number as the API's decimal string; the form's own rules have already checked it. */
function decimalOrNull(text: string | undefined): string | null {
  if (!text?.trim()) return null;
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : text.trim();
}

const textOrNull = (text: string | undefined) => text?.trim() || null;

/**
 * Every editable field, for POST and PATCH alike. A rate's parts are cleared when the
 * aggregation is no longer `ratio`, since the server refuses them on other indicators;
 * `refs` keeps references the form does not show (SIGA, RPJMD codes set by the seed or API).
 */
export function patchOf(
  values: IndicatorFormValues,
  previousRefs: Record<string, string> = {},
): IndicatorFields {
  const ratio = values.aggregation === 'ratio';
  const refs = { ...previousRefs };
  delete refs.sdg;
  if (values.sdg?.trim()) refs.sdg = values.sdg.trim();
  return {
    nameId: values.nameId.trim(),
    nameEn: values.nameEn.trim(),
    definitionId: values.definitionId?.trim() ?? '',
    definitionEn: values.definitionEn?.trim() ?? '',
    unit: values.unit,
    domainGroup: values.domainGroup,
    periodicity: values.periodicity,
    source: values.source,
    sourceNote: values.sourceNote?.trim() ?? '',
    aggregation: values.aggregation,
    numeratorCode: ratio ? (values.numeratorCode ?? null) : null,
    denominatorCode: ratio ? (values.denominatorCode ?? null) : null,
    multiplier: ratio ? decimalOrNull(values.multiplier) : null,
    dimensions: values.dimensions,
    sexes: values.sexes === 'PL' ? ['P', 'L'] : [values.sexes],
    decimals: values.decimals,
    percentBounded: values.percentBounded,
    jumpWarningPct: decimalOrNull(values.jumpWarningPct),
    responsibleOpdHint: textOrNull(values.responsibleOpdHint),
    refs,
  };
}

export function createInputOf(values: IndicatorFormValues): IndicatorInput {
  return {
    ...patchOf(values),
    code: values.code.trim(),
    ownerRegionCode: values.owner,
  };
}
