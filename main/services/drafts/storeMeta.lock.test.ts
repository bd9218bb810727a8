import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realFs } from '../storage';
import { lockDataFolder } from './storeMeta';

/** Lock files a crash (or another program) could leave: none is trusted, all mean "check every draft". */
const damagedLocks: [string, string][] = [
  ['cut short while being written', '{"pid":'],
  ['empty', ''],
  ['a pid that is text', '{"pid":"4242"}'],
  ['no pid', '{"since":"2026-11-30T10:00:00Z"}'],
  ['a negative pid', '{"pid":-1}'],
  ['not an object', '[4242]'],
];

describe('newsdesk.lock', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-lock-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('no lock file: the last session closed cleanly, and the folder is taken', async () => {
    expect(await lockDataFolder(dir, realFs)).toEqual({ crashed: false, notes: [] });
    const lock = JSON.parse(await readFile(path.join(dir, 'newsdesk.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid });
  });

  it.each(damagedLocks)('a lock file %s counts as a crash and is replaced', async (_name, text) => {
    await writeFile(path.join(dir, 'newsdesk.lock'), text);
    expect(await lockDataFolder(dir, realFs)).toEqual({ crashed: true, notes: [] });
    const lock = JSON.parse(await readFile(path.join(dir, 'newsdesk.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid });
  });
});
