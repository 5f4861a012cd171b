import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { membersOfKey } from '../../../../domain/combo.ts';
import type { DimensionSet, Indicator } from './api.ts';

/** Catalog texts in the UI language; codes the UI does not know yet are shown as they are. */
export interface CatalogLabels {
  name: (ind: Pick<Indicator, 'nameId' | 'nameEn'>) => string;
  definition: (ind: Indicator) => string;
  group: (code: string) => string;
  unit: (code: string) => string;
  periodicity: (code: string) => string;
  source: (code: string) => string;
  sex: (code: string) => string;
  setName: (setCode: string) => string;
  member: (setCode: string, memberCode: string) => string;
  /** "Penyandang disabilitas · 15–24 tahun", or "Tanpa rincian" for the empty combination. */
  combo: (comboKey: string) => string;
}

export function useCatalogLabels(sets: DimensionSet[] | undefined): CatalogLabels {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return useMemo(() => {
    const bySet = new Map((sets ?? []).map((s) => [s.code, s]));
    const of = (group: string, code: string) => t(`data.${group}.${code}`, { defaultValue: code });
    const member = (setCode: string, memberCode: string) => {
      const m = bySet.get(setCode)?.members.find((x) => x.code === memberCode);
      return m ? (en ? m.labelEn : m.labelId) : memberCode;
    };
    return {
      name: (ind) => (en ? ind.nameEn : ind.nameId),
      definition: (ind) => (en ? ind.definitionEn || ind.definitionId : ind.definitionId),
      group: (code) => of('groups', code),
      unit: (code) => of('units', code),
      periodicity: (code) => of('periodicity', code),
      source: (code) => of('sources', code),
      sex: (code) => of('sex', code),
      setName: (setCode) => {
        const s = bySet.get(setCode);
        return s ? (en ? s.nameEn : s.nameId) : setCode;
      },
      member,
      combo: (comboKey) => {
        const members = membersOfKey(comboKey);
        const parts = Object.keys(members).map((set) => member(set, members[set]));
        return parts.length ? parts.join(' · ') : t('data.noDimension');
      },
    };
  }, [sets, en, t]);
}
