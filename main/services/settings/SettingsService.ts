import { DEFAULT_RENDITION_SETTINGS } from '../../../shared/contract/renditionSettings';
import { SettingsSchema, type Settings } from '../../../shared/contract/settings';
import { DEFAULT_SPELLING_SETTINGS } from '../../../shared/contract/spellingSettings';
import { cleanSpelling } from './spellingRules';
import { DEFAULT_TYPING_SETTINGS } from '../../../shared/contract/typingSettings';
import { defaultUpdateSettings, updateFeedProblem } from '../../../shared/contract/updateSettings';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/format/houseStyle';
import { deepNfc } from '../../../shared/text/nfc';
import { ServiceError, storageError } from '../errors';
import type { EventBus } from '../events';

/**
 * Where settings are kept: conf (a JSON file in the data folder) in the web host, electron-store
 * (the same file format) in Electron, a Map in tests.
 */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const defaultSettings: Settings = {
  language: null,
  outletTag: 'NSMT',
  datelinePattern: DEFAULT_HOUSE_STYLE.datelinePattern,
  leadPrefixPattern: DEFAULT_HOUSE_STYLE.leadPrefixPattern,
  codeReplacements: [{ code: '=nvh=', replacement: 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ'.normalize('NFC') }],
  photos: DEFAULT_RENDITION_SETTINGS,
  typing: DEFAULT_TYPING_SETTINGS,
  spelling: DEFAULT_SPELLING_SETTINGS,
  updates: defaultUpdateSettings,
};

type Key = keyof Settings;
const keys = Object.keys(SettingsSchema.shape) as Key[];

export interface SettingsServiceDeps {
  store: SettingsStore;
  bus: EventBus;
}

/**
 * The outlet's and the user's settings. Each setting is its own key in the store and is checked
 * when read: a hand-edited or older file that breaks one setting costs that setting, not all.
 */
export class SettingsService {
  constructor(private readonly deps: SettingsServiceDeps) {}

  get(): Settings {
    const settings = { ...defaultSettings };
    for (const key of keys) {
      let stored: unknown;
      try {
        stored = this.deps.store.get(key);
      } catch {
        continue; // an unreadable store gives the defaults; the next update writes it anew
      }
      const parsed = SettingsSchema.shape[key].safeParse(stored);
      if (stored !== undefined && parsed.success) Object.assign(settings, { [key]: parsed.data });
    }
    return settings;
  }

  update(changes: Partial<Settings>): Settings {
    refuseBadFeed(changes.updates?.feedUrl);
    if (changes.spelling) changes = { ...changes, spelling: cleanSpelling(changes.spelling) };
    const next = SettingsSchema.safeParse(deepNfc({ ...this.get(), ...changes }));
    if (!next.success) {
      const issue = next.error.issues[0];
      const field = issue.path.map(String).join('.');
      throw new ServiceError('invalid_request', `${field}: ${issue.message}`, field);
    }
    try {
      for (const key of keys) if (key in changes) this.deps.store.set(key, next.data[key]);
    } catch (error) {
      throw storageError('The settings could not be saved', error);
    }
    this.deps.bus.publish('settings.changed', { settings: next.data });
    return next.data;
  }
}

const FEED_PROBLEM_WORDS = {
  not_a_url: 'is not a web address; type the whole address, starting with https://',
  not_https: 'must start with https:// (plain http only on this computer, for testing a feed)',
  has_credentials: 'must not contain a user name or password; the feed is read without them',
} as const;

/** A feed address the updater could not use safely is refused with what to change, not zod's words. */
function refuseBadFeed(feedUrl: string | null | undefined): void {
  if (feedUrl === null || feedUrl === undefined) return;
  const problem = updateFeedProblem(feedUrl);
  if (problem)
    throw new ServiceError(
      'invalid_request',
      `The update feed address ${FEED_PROBLEM_WORDS[problem]}`,
      'updates.feedUrl',
    );
}
