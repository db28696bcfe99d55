import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { en, errorsHi, hi } from './locales';
import type { Language } from './messages';

const LAST_LANGUAGE_KEY = 'rokad.lastLanguage';

/**
 * Before anyone signs in the window speaks the language last used at this PC; once someone does,
 * their own saved language (kept by the core, per user) takes over.
 */
function lastLanguage(): Language {
  return localStorage.getItem(LAST_LANGUAGE_KEY) === 'hi' ? 'hi' : 'en';
}

export function showLanguage(language: Language): void {
  localStorage.setItem(LAST_LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en, errors: {} }, hi: { translation: hi, errors: errorsHi } },
  lng: lastLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;
i18next.services.formatter?.add('money', (value: number) => formatPaise(value));
i18next.services.formatter?.add('dateTime', (value: string) => formatIndiaDateTime(value, i18next.language === 'hi' ? 'hi' : 'en'));

export { i18next };
