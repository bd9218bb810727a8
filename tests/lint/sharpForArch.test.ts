import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/*
 * The afterPack hook over a packed app's folder on disk, laid out as electron-builder leaves it
 * (the real `electron-builder --linux --dir` runs it in `npm run package:check`).
 */
const require = createRequire(import.meta.url);
const hook = require('../../scripts/packaging/sharpForArch.cjs') as ((context: unknown) => Promise<void>) & {
  sharpForArch: (o: { imgDir: string; platform: string; arch: string }) => string[];
};

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-sharp-arch-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A packed macOS app (Newsdesk.app) whose unpacked @img holds `packages`. */
async function macApp(packages: string[]) {
  const imgDir = path.join(dir, 'Newsdesk.app/Contents/Resources/app.asar.unpacked/node_modules/@img');
  for (const name of packages) {
    await mkdir(path.join(imgDir, name, 'lib'), { recursive: true });
    await writeFile(path.join(imgDir, name, 'package.json'), '{}');
  }
  return imgDir;
}
const macContext = (arch: number) => ({
  electronPlatformName: 'darwin',
  arch,
  appOutDir: dir,
  packager: { appInfo: { productFilename: 'Newsdesk' } },
});
/** electron-builder's Arch.x64 (arm64 is 3, universal 4). */
const X64 = 1;

describe('each packed app carries its own sharp and no other', () => {
  it('the x64 DMG from a tree holding both architectures keeps x64 and loses arm64 before signing', async () => {
    const imgDir = await macApp([
      'colour',
      'sharp-darwin-arm64',
      'sharp-libvips-darwin-arm64',
      'sharp-darwin-x64',
      'sharp-libvips-darwin-x64',
    ]);
    await hook(macContext(X64));
    expect((await readdir(imgDir)).sort()).toEqual(['colour', 'sharp-darwin-x64', 'sharp-libvips-darwin-x64']);
  });

  it('an Intel DMG built where npm installed arm64 sharp only stops, saying how to get the x64 one', async () => {
    await macApp(['colour', 'sharp-darwin-arm64', 'sharp-libvips-darwin-arm64']);
    await expect(hook(macContext(X64))).rejects.toThrow(
      /no @img\/sharp-darwin-x64 or @img\/sharp-libvips-darwin-x64.*npm install --no-save --os=darwin --cpu=x64 sharp/,
    );
  });

  it('Windows needs no separate libvips package; Linux and macOS do', async () => {
    const imgDir = path.join(dir, 'img');
    await mkdir(path.join(imgDir, 'sharp-win32-x64'), { recursive: true });
    expect(hook.sharpForArch({ imgDir, platform: 'win32', arch: 'x64' })).toEqual([]);
    await mkdir(path.join(imgDir, 'sharp-linux-x64'), { recursive: true });
    expect(() => hook.sharpForArch({ imgDir, platform: 'linux', arch: 'x64' })).toThrow(/sharp-libvips-linux-x64/);
  });

  it('a universal macOS build is refused: one app cannot hold one sharp', async () => {
    await macApp(['sharp-darwin-arm64', 'sharp-libvips-darwin-arm64']);
    await expect(hook(macContext(4))).rejects.toThrow(/build x64 and arm64 DMGs/);
  });
});
