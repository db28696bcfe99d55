import 'i18next';
import type { en } from './locales';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en; errors: Record<string, string> };
  }
}
