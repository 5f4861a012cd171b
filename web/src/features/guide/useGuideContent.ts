import { useTranslation } from 'react-i18next';
import { guideEn } from './content-en.ts';
import { guideId } from './content-id.ts';
import type { GuideContent } from './types.ts';

/** The guide in the language the user chose (switching language re-renders through i18n). */
export function useGuideContent(): GuideContent {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? guideEn : guideId;
}
