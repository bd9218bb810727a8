import { describe, expect, it } from 'vitest';
import { DEFAULT_RENDITION_SETTINGS, type RenditionSettings } from '../../../shared/contract/renditionSettings';
import { EventBus } from '../events';
import { memorySettingsStore } from './memoryStore';
import { defaultSettings, SettingsService } from './SettingsService';

function setup(store = memorySettingsStore()) {
  const bus = new EventBus();
  const events: string[] = [];
  bus.subscribe((event) => events.push(event));
  return { store, events, service: new SettingsService({ store, bus }) };
}

const desk = (photos: Partial<RenditionSettings>): RenditionSettings => ({ ...DEFAULT_RENDITION_SETTINGS, ...photos });

describe('rendition settings', () => {
  it('stores what a photo desk sets: widths largest first, JPEG quality, WebP and its quality', () => {
    const { store, service, events } = setup();
    const photos = { widths: [1600, 1024, 480], quality: 90, webp: true, webpQuality: 70 };
    expect(service.update({ photos }).photos).toEqual(photos);
    expect(events).toEqual(['settings.changed']);
    expect(setup(store).service.get().photos).toEqual(photos);
  });

  // Each refused value: the field named, nothing stored, no event.
  const refused: [string, Partial<RenditionSettings>, string][] = [
    ['no width', { widths: [] }, 'photos.widths'],
    ['a width below 64 px', { widths: [2048, 32] }, 'photos.widths.1'],
    ['a width above 8192 px', { widths: [10000, 640] }, 'photos.widths.0'],
    ['a fractional width', { widths: [1280.5] }, 'photos.widths.0'],
    ['a negative width', { widths: [-640] }, 'photos.widths.0'],
    ['a width twice', { widths: [2048, 1280, 1280] }, 'photos.widths'],
    ['widths not largest first', { widths: [640, 1280] }, 'photos.widths'],
    ['nine widths', { widths: [4096, 3072, 2048, 1600, 1280, 1024, 800, 640, 320] }, 'photos.widths'],
    ['JPEG quality 0', { quality: 0 }, 'photos.quality'],
    ['JPEG quality 101', { quality: 101 }, 'photos.quality'],
    ['WebP quality 39', { webpQuality: 39 }, 'photos.webpQuality'],
  ];
  it.each(refused)('refuses %s, naming %s, and keeps the old settings', (_, change, field) => {
    const { store, service, events } = setup();
    expect(() => service.update({ photos: desk(change) })).toThrow(
      expect.objectContaining({ code: 'invalid_request', field }),
    );
    expect(service.get()).toEqual(defaultSettings);
    expect(store.entries.size).toBe(0);
    expect(events).toEqual([]);
  });

  it('a refused rendition setting saves nothing else sent with it', () => {
    const { service } = setup();
    expect(() => service.update({ outletTag: 'CT', photos: desk({ widths: [640, 640] }) })).toThrow();
    expect(service.get().outletTag).toBe(defaultSettings.outletTag);
  });

  it('a settings file from before WebP quality keeps its widths and gets WebP quality 80', () => {
    const old = { widths: [1600, 800], quality: 75, webp: true };
    const store = memorySettingsStore(new Map<string, unknown>([['photos', old]]));
    expect(setup(store).service.get().photos).toEqual({ ...old, webpQuality: 80 });
  });
});
