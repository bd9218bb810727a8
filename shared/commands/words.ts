import { createInstance, type TFunction } from 'i18next';
import en from '../i18n/locales/en.json' with { type: 'json' };
import vi from '../i18n/locales/vi.json' with { type: 'json' };
import type { CommandState } from './commands';

export type Language = CommandState['language'];

const instances = new Map<Language, TFunction>();

/**
 * The menu's words in the UI language, through i18next like the renderer's. main has no React
 * and no global i18n instance, so each language gets its own small instance, made once.
 */
export function wordsFor(language: Language): TFunction {
  let t = instances.get(language);
  if (t === undefined) {
    const instance = createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'vi',
      resources: { vi: { translation: vi }, en: { translation: en } },
      initAsync: false, // resources are bundled: ready before init returns
      interpolation: { escapeValue: false }, // menu labels are not HTML
    });
    t = instance.t;
    instances.set(language, t);
  }
  return t;
}
