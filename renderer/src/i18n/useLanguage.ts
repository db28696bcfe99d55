import { useTranslation } from 'react-i18next';
import type { Language } from './messages';

/** The language on screen now, for the formatters that take one. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'hi' ? 'hi' : 'en';
}
