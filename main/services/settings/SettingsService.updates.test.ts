import { describe, expect, it } from 'vitest';
import { EventBus } from '../events';
import { ServiceError } from '../errors';
import { memorySettingsStore } from './memoryStore';
import { SettingsService } from './SettingsService';

function setup(store = memorySettingsStore()) {
  const bus = new EventBus();
  const events: string[] = [];
  bus.subscribe((event) => events.push(event));
  return { store, events, service: new SettingsService({ store, bus }) };
}

describe('update feed setting', () => {
  it('is off until a newsroom sets a feed, also for a settings file written before updates existed', () => {
    const store = memorySettingsStore();
    store.set('outletTag', 'TTXVN'); // an older file: no "updates" key at all
    const { service } = setup(store);
    expect(service.get().updates).toEqual({ feedUrl: null });
    expect(service.get().outletTag).toBe('TTXVN');
  });

  it('keeps an https feed, and turning it off again stores null', () => {
    const { store, service, events } = setup();
    const feedUrl = 'https://updates.example-newsroom.vn/newsdesk';
    expect(service.update({ updates: { feedUrl } }).updates.feedUrl).toBe(feedUrl);
    expect(setup(store).service.get().updates.feedUrl).toBe(feedUrl);
    expect(service.update({ updates: { feedUrl: null } }).updates.feedUrl).toBeNull();
    expect(events).toEqual(['settings.changed', 'settings.changed']);
  });

  it('accepts plain http only on this computer, for testing a feed', () => {
    const { service } = setup();
    for (const feedUrl of ['http://localhost:8080/feed', 'http://127.0.0.1/feed', 'http://[::1]:9000/']) {
      expect(service.update({ updates: { feedUrl } }).updates.feedUrl).toBe(feedUrl);
    }
  });

  const refused: [string, string, RegExp][] = [
    ['plain http on the internet', 'http://example.com/newsdesk', /must start with https:\/\//],
    ['a file on disk', 'file:///C:/updates', /must start with https:\/\//],
    ['a user name and password', 'https://editor:secret@updates.example-newsroom.vn/', /user name or password/],
    ['a user name alone', 'https://editor@updates.example-newsroom.vn/', /user name or password/],
    ['words, not an address', 'updates.example-newsroom.vn', /is not a web address/],
  ];
  it.each(refused)('refuses %s with words saying what to change, and keeps the old feed', (_, feedUrl, words) => {
    const { store, service, events } = setup();
    service.update({ updates: { feedUrl: 'https://old.example-newsroom.vn/' } });
    let error: unknown;
    try {
      service.update({ updates: { feedUrl } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toMatch(words);
    expect((error as ServiceError).field).toBe('updates.feedUrl');
    expect(setup(store).service.get().updates.feedUrl).toBe('https://old.example-newsroom.vn/');
    expect(events).toEqual(['settings.changed']);
  });

  it('treats a hand-edited bad feed in the file as off rather than using it', () => {
    const store = memorySettingsStore();
    store.set('updates', { feedUrl: 'http://example.com/newsdesk' });
    expect(setup(store).service.get().updates.feedUrl).toBeNull();
  });
});
