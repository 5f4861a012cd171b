import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import 'dayjs/locale/en';
import { id } from './locales/id.ts';
import { en } from './locales/en.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'setara.lang';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'id' || value === 'en') return value;
  } catch {
    // Storage can be blocked (private mode, policies); the default language still works.
  }
  return 'id';
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
  dayjs.locale(lng);
}

i18n.on('languageChanged', (lng) => {
  applyToDocument(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // See storedLanguage: not being able to remember the choice is harmless.
  }
});

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'id',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyToDocument(initial);

export default i18n;
