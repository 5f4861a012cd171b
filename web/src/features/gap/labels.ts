import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { GapContent } from '../../../../domain/planning/gap-content.ts';
import { GAP_ASPECT_LABELS, GAP_STEP_GUIDANCE } from '../../../../domain/planning/gap-guidance.ts';
import { useLang, type Lang } from './lang.ts';

const short = (text: string, max = 60) => {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

export interface CauseOption {
  value: string;
  /** "F1 Akses: …", "I2: …", "E1: …" — short enough for a select tag. */
  label: string;
  step: 3 | 4 | 5;
}

/** The factors and causes of steps 3–5, as the step 7 "addresses" picker lists them. */
export function causeOptions(gap: GapContent, t: TFunction, lang: Lang): CauseOption[] {
  return [
    ...gap.step3.factors.map((f, i) => ({
      value: f.id,
      step: 3 as const,
      label: `${t('gap.causes.factorCode', { n: i + 1 })} ${GAP_ASPECT_LABELS[f.aspect][lang]}: ${short(f.text) || '…'}`,
    })),
    ...gap.step4.causes.map((c, i) => ({
      value: c.id,
      step: 4 as const,
      label: `${t('gap.causes.internalCode', { n: i + 1 })}: ${short(c.text) || '…'}`,
    })),
    ...gap.step5.causes.map((c, i) => ({
      value: c.id,
      step: 5 as const,
      label: `${t('gap.causes.externalCode', { n: i + 1 })}: ${short(c.text) || '…'}`,
    })),
  ];
}

/** Factors and causes no step 7 action addresses (the completeness rule names the same). */
export function unaddressed(gap: GapContent, t: TFunction, lang: Lang): CauseOption[] {
  const covered = new Set(gap.step7.actions.flatMap((a) => a.addresses));
  return causeOptions(gap, t, lang).filter((o) => !covered.has(o.value));
}

/** "Angka kesakitan ibu (2023)" for a step 2 data item, from the catalog's names. */
export function dataLabel(
  ref: { indicatorCode: string; year: number },
  names: ReadonlyMap<string, string>,
): string {
  const name = names.get(ref.indicatorCode) ?? ref.indicatorCode;
  return ref.indicatorCode ? `${short(name, 70)} (${ref.year})` : '…';
}

/** A step's title as the official matrix names it ("Faktor Kesenjangan Gender"). */
export function stepTitle(step: number, lang: Lang): string {
  return GAP_STEP_GUIDANCE.find((g) => g.step === step)?.title[lang] ?? '';
}

/**
 * A part of the document as users know it: "Langkah 3 — Faktor Kesenjangan Gender", the GBS,
 * the KAK/TOR. Every list of targets (revision requests, comments, issues, comparisons) names
 * steps this way, never by number alone.
 */
export function partName(target: string | number, t: TFunction, lang: Lang): string {
  if (target === 'gbs' || target === 'tor') return t(`gap.nav.${target}`);
  const step = Number(target);
  return t('gap.stepTitled', { n: step, title: stepTitle(step, lang) });
}

export function usePartName(): (target: string | number) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return useCallback((target: string | number) => partName(target, t, lang), [t, lang]);
}
