import { acceleratorOf, COMMAND_IDS, COMMANDS, type CommandId, type Platform } from './commands';

/** The parts of a keydown the handler reads (a DOM KeyboardEvent has them all; shared/ has no DOM types). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Chord {
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const CODES: Record<string, string[]> = {
  enter: ['Enter', 'NumpadEnter'],
  ',': ['Comma'],
};

/** Electron's accelerator ("CmdOrCtrl+Shift+F") as the keys a page sees on this platform. */
export function chordOf(accelerator: string, platform: Platform): Chord {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const chord: Chord = { ctrl: false, meta: false, shift: false, alt: false, key };
  for (const part of parts) {
    if (part === 'CmdOrCtrl' || part === 'CommandOrControl') {
      if (platform === 'darwin') chord.meta = true;
      else chord.ctrl = true;
    } else if (part === 'Cmd' || part === 'Command') chord.meta = true;
    else if (part === 'Ctrl' || part === 'Control') chord.ctrl = true;
    else if (part === 'Shift') chord.shift = true;
    else if (part === 'Alt' || part === 'Option') chord.alt = true;
    else throw new Error(`Unknown modifier ${part} in ${accelerator}`);
  }
  return chord;
}

/**
 * The physical key counts too (event.code): Option+F on a Mac types "ƒ", and Shift changes
 * what some keys type.
 */
function sameKey(press: KeyPress, key: string): boolean {
  if (press.key.toLowerCase() === key) return true;
  const codes = CODES[key] ?? (/^[a-z]$/.test(key) ? [`Key${key.toUpperCase()}`] : []);
  return codes.includes(press.code);
}

/** The page's command for a key press, or null: the keyboard half of the menu. */
export function commandForKey(press: KeyPress, platform: Platform): CommandId | null {
  for (const command of COMMAND_IDS) {
    const accelerator = acceleratorOf(command, platform);
    if (accelerator === undefined || COMMANDS[command].target !== 'renderer') continue;
    const chord = chordOf(accelerator, platform);
    if (
      chord.ctrl === press.ctrlKey &&
      chord.meta === press.metaKey &&
      chord.shift === press.shiftKey &&
      chord.alt === press.altKey &&
      sameKey(press, chord.key)
    )
      return command;
  }
  return null;
}

/** How a shortcut is written for people: "Ctrl+Shift+F", or "⌘⇧F" on a Mac. */
export function shortcutLabel(accelerator: string, platform: Platform): string {
  const chord = chordOf(accelerator, platform);
  const key = chord.key === 'enter' ? (platform === 'darwin' ? '↩' : 'Enter') : chord.key.toUpperCase();
  if (platform === 'darwin')
    return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.meta ? '⌘' : ''}${key}`;
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The platform a page runs on, from its user agent: only Macs differ. */
export const platformOfAgent = (userAgent: string): Platform =>
  /Mac/i.test(userAgent) ? 'darwin' : /Windows/i.test(userAgent) ? 'win32' : 'linux';
