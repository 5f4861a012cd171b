import { useEffect } from 'react';
import i18n from '../../app/i18n.ts';
import { useSavePreferences } from './api.ts';

/**
 * Remembers on the server the language a signed-in user switches the app to, so their e-mails
 * follow it; the account page can still set the e-mail language on its own. Only a switch
 * counts, not the language a page happens to load in.
 */
export function useLanguagePreference() {
  const { mutate } = useSavePreferences();
  useEffect(() => {
    const onChange = (lng: string) => {
      if (lng === 'id' || lng === 'en') mutate({ language: lng });
    };
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [mutate]);
}
