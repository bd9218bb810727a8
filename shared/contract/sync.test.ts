import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import vi from '../i18n/locales/vi.json';
import { SyncFailureCodeSchema, SyncJobStateSchema, TargetCheckCodeSchema, TargetSchema } from './sync';

// The sync codes are worded under `sync.*`; this fails when one has no words in a language.
const worded = [
  { key: 'failures', codes: SyncFailureCodeSchema.options },
  { key: 'states', codes: SyncJobStateSchema.options },
  { key: 'checks', codes: TargetCheckCodeSchema.options },
] as const;

describe('every sync code has words', () => {
  for (const [language, locale] of [
    ['vi', vi],
    ['en', en],
  ] as const) {
    it(`in ${language}`, () => {
      const sync = (locale as unknown as { sync: Record<string, Record<string, unknown>> }).sync;
      const missing = worded.flatMap(({ key, codes }) =>
        codes.filter((code) => typeof sync[key]?.[code] !== 'string').map((code) => `sync.${key}.${code}`),
      );
      expect(missing).toEqual([]);
    });
  }
});

describe('a hot-folder target', () => {
  const cases: [folder: string | null, ok: boolean][] = [
    [null, true],
    ['/srv/ingest/newsdesk', true],
    ['C:\\Ingest', true],
    ['\\\\nas\\ingest', true],
    ['ingest', false],
    ['./ingest', false],
    ['', false],
  ];
  for (const [folder, ok] of cases) {
    it(`${JSON.stringify(folder)} → ${ok ? 'accepted' : 'refused'}`, () => {
      const target = { kind: 'hotFolder', id: 'ingest', name: 'Ingest', folder, baseUrl: null };
      expect(TargetSchema.safeParse(target).success).toBe(ok);
    });
  }
});
