import { describe, expect, it } from 'vitest';
import { commandForKey, platformOfAgent, shortcutLabel, type KeyPress } from './keyboard';

const press = (key: string, mods: Partial<KeyPress> = {}, code = ''): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const ctrl = { ctrlKey: true };
const cmd = { metaKey: true };

const cases: [name: string, press: KeyPress, platform: 'darwin' | 'linux' | 'win32', expected: string | null][] = [
  ['Ctrl+N', press('n', ctrl, 'KeyN'), 'linux', 'newDraft'],
  ['Ctrl+N with Caps Lock', press('N', ctrl, 'KeyN'), 'win32', 'newDraft'],
  ['Cmd+N on a Mac', press('n', cmd, 'KeyN'), 'darwin', 'newDraft'],
  ['Ctrl+N on a Mac is not Cmd+N', press('n', ctrl, 'KeyN'), 'darwin', null],
  ['Cmd+N on Linux is not Ctrl+N', press('n', cmd, 'KeyN'), 'linux', null],
  ['Ctrl+S', press('s', ctrl, 'KeyS'), 'win32', 'saveNow'],
  ['Ctrl+F', press('f', ctrl, 'KeyF'), 'linux', 'searchDrafts'],
  ['Ctrl+Shift+F', press('F', { ...ctrl, shiftKey: true }, 'KeyF'), 'linux', 'finish'],
  ['Cmd+Shift+F', press('F', { ...cmd, shiftKey: true }, 'KeyF'), 'darwin', 'finish'],
  ['Ctrl+P', press('p', ctrl, 'KeyP'), 'win32', 'preview'],
  ['Ctrl+Enter', press('Enter', ctrl, 'Enter'), 'linux', 'send'],
  ['Ctrl+numpad Enter', press('Enter', ctrl, 'NumpadEnter'), 'linux', 'send'],
  ['Ctrl+,', press(',', ctrl, 'Comma'), 'win32', 'settings'],
  ['Ctrl+H', press('h', ctrl, 'KeyH'), 'linux', 'findInStory'],
  ['Cmd+Option+F types ƒ', press('ƒ', { ...cmd, altKey: true }, 'KeyF'), 'darwin', 'findInStory'],
  ['Cmd+H hides the app on a Mac', press('h', cmd, 'KeyH'), 'darwin', null],
  ['Ctrl+Z stays with the editor', press('z', ctrl, 'KeyZ'), 'linux', null],
  ['Ctrl+Shift+Z stays with the editor', press('Z', { ...ctrl, shiftKey: true }, 'KeyZ'), 'linux', null],
  ['plain N is typing', press('n', {}, 'KeyN'), 'linux', null],
  ['Shift+N is typing', press('N', { shiftKey: true }, 'KeyN'), 'linux', null],
  ['Ctrl+Alt+N is something else', press('n', { ...ctrl, altKey: true }, 'KeyN'), 'linux', null],
  ['Enter alone is a new paragraph', press('Enter', {}, 'Enter'), 'linux', null],
];

describe('commandForKey', () => {
  it.each(cases)('%s', (_name, keys, platform, expected) => {
    expect(commandForKey(keys, platform)).toBe(expected);
  });
});

describe('shortcutLabel', () => {
  it.each([
    ['CmdOrCtrl+Shift+F', 'linux', 'Ctrl+Shift+F'],
    ['CmdOrCtrl+Shift+F', 'darwin', '⇧⌘F'],
    ['CmdOrCtrl+Enter', 'win32', 'Ctrl+Enter'],
    ['CmdOrCtrl+,', 'darwin', '⌘,'],
    ['Cmd+Alt+F', 'darwin', '⌥⌘F'],
  ] as const)('%s on %s → %s', (accelerator, platform, label) => {
    expect(shortcutLabel(accelerator, platform)).toBe(label);
  });
});

describe('platformOfAgent', () => {
  it.each([
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36', 'darwin'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36', 'win32'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36', 'linux'],
  ] as const)('%s', (agent, platform) => expect(platformOfAgent(agent)).toBe(platform));
});
