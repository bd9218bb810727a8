import 'i18next';
import type vi from '../../shared/i18n/locales/vi.json';

// Typed keys: t('drafts.nwe') is a compile error, not a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
