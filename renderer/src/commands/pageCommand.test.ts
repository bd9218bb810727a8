import { describe, expect, it } from 'vitest';
import type { CommandState } from '../../../shared/commands/commands';
import { pageCommandFor, type PageKeyContext } from './pageCommand';

const key = (k: string, code: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  code,
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});
const draft: CommandState = { language: 'vi', draftOpen: true, finished: false };
const web: PageKeyContext = { platform: 'linux', nativeMenu: false, state: draft, handled: () => true };

describe('pageCommandFor', () => {
  it('runs the command in the web host, where no native menu carries the keys', () => {
    expect(pageCommandFor(key('n', 'KeyN'), web)).toBe('newDraft');
    expect(pageCommandFor(key('F', 'KeyF', { shiftKey: true }), web)).toBe('finish');
  });

  it('never runs a command under a native menu, or before main has said whether there is one', () => {
    const presses = [
      key('n', 'KeyN'),
      key('s', 'KeyS'),
      key('f', 'KeyF'),
      key('p', 'KeyP'),
      key('F', 'KeyF', { shiftKey: true }),
      key('Enter', 'Enter'),
      key(',', 'Comma'),
      key('h', 'KeyH'),
    ];
    const finished = { ...draft, finished: true };
    expect(presses.map((p) => pageCommandFor(p, { ...web, state: finished })).filter(Boolean)).toHaveLength(8);
    for (const nativeMenu of [true, null])
      expect(presses.map((p) => pageCommandFor(p, { ...web, state: finished, nativeMenu }))).toEqual(
        presses.map(() => null),
      );
  });

  it('leaves a key alone when its command does not apply or nothing on screen carries it out', () => {
    expect(pageCommandFor(key('Enter', 'Enter'), web)).toBeNull(); // Send: the draft is not finished
    expect(pageCommandFor(key('s', 'KeyS'), { ...web, state: { ...draft, draftOpen: false } })).toBeNull();
    expect(pageCommandFor(key('p', 'KeyP'), { ...web, handled: () => false })).toBeNull();
    expect(pageCommandFor({ ...key('n', 'KeyN'), isComposing: true }, web)).toBeNull();
  });
});
