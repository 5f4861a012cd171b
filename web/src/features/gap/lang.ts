import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../../domain/planning/gap-guidance.ts';

export type Lang = 'id' | 'en';

/** The reader's language for the bilingual texts of domain/planning/gap-guidance.ts. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'id';
}

export const inLang = (text: Bilingual, lang: Lang) => text[lang];
