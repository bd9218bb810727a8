import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMediaFile } from './media';

const draft = '3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';
const photo = 'a'.repeat(64);
const url = (...rest: string[]) => [draft, 'photos', 'renditions', ...rest].join('/');

describe('readMediaFile serves regular files inside the data folder only', () => {
  let dir: string;
  let renditions: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-media-links-'));
    renditions = path.join(dir, 'data', 'drafts', draft, 'photos', 'renditions');
    await mkdir(path.join(renditions, photo), { recursive: true });
    await writeFile(path.join(renditions, photo, '1280.jpg'), 'real rendition');
    // What an attacker (or a careless tool) could plant: links to outside the data folder.
    await writeFile(path.join(dir, 'secret.jpg'), 'root:x:0:0');
    await mkdir(path.join(dir, 'outside'));
    await writeFile(path.join(dir, 'outside', '1280.jpg'), 'outside the data folder');
    await symlink('/etc/passwd', path.join(renditions, photo, 'passwd.jpg'));
    await symlink(path.join(dir, 'secret.jpg'), path.join(renditions, photo, '640.jpg'));
    await symlink(path.join(dir, 'outside'), path.join(renditions, 'b'.repeat(64)));
    // Even a link that stays inside the data folder is not a rendition.
    await symlink(path.join(renditions, photo, '1280.jpg'), path.join(renditions, photo, '320.jpg'));
    await mkdir(path.join(renditions, photo, 'folder.jpg'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a real rendition', async () => {
    const found = await readMediaFile(path.join(dir, 'data'), url(photo, '1280.jpg'));
    expect(found?.body.toString()).toBe('real rendition');
  });

  it.each([
    ['a file link to /etc/passwd', () => url(photo, 'passwd.jpg')],
    ['a file link outside the data folder', () => url(photo, '640.jpg')],
    ['a folder link outside the data folder', () => url('b'.repeat(64), '1280.jpg')],
    ['a link inside the data folder', () => url(photo, '320.jpg')],
    ['a folder named like a rendition', () => url(photo, 'folder.jpg')],
  ])('refuses %s', async (_name, target) => {
    expect(await readMediaFile(path.join(dir, 'data'), target())).toBeNull();
  });
});
