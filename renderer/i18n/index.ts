import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../shared/i18n/locales/en.json';
import vi from '../../shared/i18n/locales/vi.json';
import { languageOfLocale } from '../../shared/i18n/language';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'newsdesk.language';

// `satisfies` makes a key missing from en.json a type error, not a blank label at runtime.
export const resources = {
  vi: { translation: vi },
  en: { translation: en satisfies typeof vi },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The person's saved choice; else English only for English-language systems, Vietnamese otherwise. */
export function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage can be unavailable (privacy mode); the system language still works.
  }
  return languageOfLocale(navigator.language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted, but the switch still applies to this session.
  }
  await i18n.changeLanguage(language);
}

export async function initI18n(): Promise<void> {
  // Screen readers and the spellchecker pick their language from <html lang>.
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18n.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'vi',
    supportedLngs: LANGUAGES,
    // React escapes text itself; escaping here would double-escape Vietnamese quotes.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = currentLanguage();
}

export default i18n;
