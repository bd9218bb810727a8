import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { confSettingsStore } from './confStore';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-settings-'));
  dirs.push(dir);
  return dir;
}

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe('settings.json is private like the rest of the data folder', () => {
  it('is written 0600', async () => {
    const dir = await dataDir();
    confSettingsStore(dir).set('ui', { language: 'vi' });
    expect(await modeOf(path.join(dir, 'settings.json'))).toBe(0o600);
  });

  it('a 0644 file left by an earlier version becomes 0600 when opened', async () => {
    const dir = await dataDir();
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{"ui":{"language":"en"}}');
    await chmod(file, 0o644);
    const store = confSettingsStore(dir);
    expect(await modeOf(file)).toBe(0o600);
    expect(store.get('ui')).toEqual({ language: 'en' });
  });
});
