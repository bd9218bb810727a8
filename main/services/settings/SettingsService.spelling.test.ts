import { describe, expect, it } from 'vitest';
import { DEFAULT_SPELLING_SETTINGS, SPELLING_LIST_MAX } from '../../../shared/contract/spellingSettings';
import { ServiceError } from '../errors';
import { EventBus } from '../events';
import { memorySettingsStore } from './memoryStore';
import { SettingsService } from './SettingsService';

function setup(store = memorySettingsStore()) {
  return { store, service: new SettingsService({ store, bus: new EventBus() }) };
}

const spelling = (changes: Partial<typeof DEFAULT_SPELLING_SETTINGS>) => ({ ...DEFAULT_SPELLING_SETTINGS, ...changes });

function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('spelling settings', () => {
  it('are on with empty lists until changed, also for a settings file written before spelling existed', () => {
    const store = memorySettingsStore();
    store.set('outletTag', 'TTXVN');
    expect(setup(store).service.get().spelling).toEqual({ enabled: true, personal: [], outlet: [] });
  });

  it('keep the lists trimmed, in NFC, without blanks or repeats, and keep them across a restart', () => {
    const { store, service } = setup();
    const decomposed = 'Đắk Lắk'.normalize('NFD');
    const saved = service.update({
      spelling: spelling({ outlet: [' NSMT ', 'UBND', 'NSMT', '  ', decomposed, 'Đắk Lắk'], personal: ['Sacombank'] }),
    }).spelling;
    expect(saved.outlet).toEqual(['NSMT', 'UBND', 'Đắk Lắk']);
    expect(saved.personal).toEqual(['Sacombank']);
    expect(setup(store).service.get().spelling).toEqual(saved);
  });

  it('switch off and on without touching the lists', () => {
    const { service } = setup();
    service.update({ spelling: spelling({ outlet: ['NSMT'] }) });
    expect(service.update({ spelling: { ...service.get().spelling, enabled: false } }).spelling).toEqual({
      enabled: false,
      personal: [],
      outlet: ['NSMT'],
    });
  });

  const refused: [string, Partial<typeof DEFAULT_SPELLING_SETTINGS>, string, RegExp][] = [
    ['an entry with #', { outlet: ['C# developers'] }, 'spelling.outlet', /# .*starts a comment.*remove the #/],
    ['an entry over two lines', { personal: ['Cần\nThơ'] }, 'spelling.personal', /line break.*own line/],
    ['an entry longer than 200 characters', { outlet: ['x'.repeat(201)] }, 'spelling.outlet', /longer than 200/],
  ];
  it.each(refused)('refuse %s with what to change, and keep what was stored', (_, changes, field, words) => {
    const { service } = setup();
    service.update({ spelling: spelling({ outlet: ['NSMT'] }) });
    const error = refusal(() => service.update({ spelling: spelling(changes) }));
    expect(error.code).toBe('invalid_request');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(words);
    expect(service.get().spelling.outlet).toEqual(['NSMT']);
  });

  it('refuse more entries than a list holds, saying how many fit', () => {
    const { service } = setup();
    const outlet = Array.from({ length: SPELLING_LIST_MAX.outlet + 1 }, (_, i) => `Tên${i}`);
    const error = refusal(() => service.update({ spelling: spelling({ outlet }) }));
    expect(error.message).toBe(
      `The outlet word list holds at most ${SPELLING_LIST_MAX.outlet} entries, not ${outlet.length}; remove entries (or split the list) and save again`,
    );
  });
});
