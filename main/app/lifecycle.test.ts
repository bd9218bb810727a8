import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { quitWhenAllWindowsClosed } from './lifecycle';

function closeLastWindow(platform: NodeJS.Platform): number {
  let quits = 0;
  const app = Object.assign(new EventEmitter(), { quit: () => void (quits += 1) }) as unknown as App;
  void quitWhenAllWindowsClosed(platform).init({ app });
  (app as unknown as EventEmitter).emit('window-all-closed');
  return quits;
}

describe('closing the last window', () => {
  it('keeps Newsdesk in the Dock on macOS', () => expect(closeLastWindow('darwin')).toBe(0));
  it.each(['win32', 'linux'] as const)('quits on %s', (platform) => expect(closeLastWindow(platform)).toBe(1));
});
