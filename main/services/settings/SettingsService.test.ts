import { describe, expect, it } from 'vitest';
import { EventBus } from '../events';
import { memorySettingsStore } from './memoryStore';
import { houseStyleOf } from '../../../shared/contract/settings';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/format/houseStyle';
import { defaultSettings, SettingsService } from './SettingsService';

function setup(store = memorySettingsStore()) {
  const bus = new EventBus();
  const events: unknown[] = [];
  bus.subscribe((event, payload) => events.push({ event, payload }));
  return { store, events, service: new SettingsService({ store, bus }) };
}

describe('SettingsService', () => {
  it('starts from the defaults, in NFC', () => {
    const { service } = setup();
    expect(service.get()).toEqual(defaultSettings);
    expect(service.get().codeReplacements[0]).toEqual({
      code: '=nvh=',
      replacement: 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ',
    });
    expect(service.get().codeReplacements[0].replacement.normalize('NFC')).toBe(
      service.get().codeReplacements[0].replacement,
    );
    expect(service.get().photos).toEqual({ widths: [2048, 1280, 640, 320], quality: 82, webp: false, webpQuality: 80 });
  });

  it('changes only what is given, stores it in NFC, announces it, and a new service reads it back', () => {
    const { store, service, events } = setup();
    const replacement = 'Cần Thơ'.normalize('NFD');
    const next = service.update({ language: 'en', codeReplacements: [{ code: '=ct=', replacement }] });
    expect(next).toMatchObject({
      language: 'en',
      outletTag: 'NSMT',
      codeReplacements: [{ code: '=ct=', replacement: 'Cần Thơ'.normalize('NFC') }],
    });
    expect(events).toEqual([{ event: 'settings.changed', payload: { settings: next } }]);
    expect([...store.entries.keys()].sort()).toEqual(['codeReplacements', 'language']);
    expect(setup(store).service.get()).toEqual(next);
  });

  it('a damaged setting in the store costs that setting only', () => {
    const store = memorySettingsStore(
      new Map<string, unknown>([
        ['outletTag', 42],
        ['photos', { widths: [], quality: 82, webp: false }],
        ['language', 'vi'],
      ]),
    );
    expect(setup(store).service.get()).toEqual({ ...defaultSettings, language: 'vi' });
  });

  it('keeps the house style; an emptied dateline pattern in a hand-edited file falls back to the default', () => {
    const { service } = setup();
    const saved = service.update({
      outletTag: 'CTO',
      datelinePattern: { vi: '[{PLACE} – ]{weekday}, {dd}/{MM}/{yyyy}', en: '{weekday}' },
      leadPrefixPattern: '{outlet} – ',
    });
    expect(houseStyleOf(saved)).toEqual({
      outlet: 'CTO',
      datelinePattern: { vi: '[{PLACE} – ]{weekday}, {dd}/{MM}/{yyyy}', en: '{weekday}' },
      leadPrefixPattern: '{outlet} – ',
    });
    const store = memorySettingsStore(new Map<string, unknown>([['datelinePattern', { vi: '', en: '{weekday}' }]]));
    expect(houseStyleOf(setup(store).service.get())).toEqual({ ...DEFAULT_HOUSE_STYLE, outlet: 'NSMT' });
  });

  it('refuses settings the schema refuses, naming the field, and keeps the old ones', () => {
    const { service, events } = setup();
    expect(() => service.update({ photos: { widths: [10], quality: 82, webp: false, webpQuality: 80 } })).toThrow(
      expect.objectContaining({ code: 'invalid_request', field: 'photos.widths.0' }),
    );
    expect(service.get()).toEqual(defaultSettings);
    expect(events).toEqual([]);
  });

  it('a store that cannot write says so as a storage failure', () => {
    const store = memorySettingsStore();
    store.set = () => {
      throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
    };
    expect(() => setup(store).service.update({ outletTag: 'X' })).toThrow(
      expect.objectContaining({ code: 'storage_failed', reason: 'read_only' }),
    );
  });
});
