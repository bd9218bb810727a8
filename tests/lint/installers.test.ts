import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The installers' configuration, read as electron-builder reads it. A config test, not a build:
 * it proves what electron-builder.yml asks for, not that an installer was made (no Electron
 * binary can be downloaded here). What a real `electron-builder --linux --dir` packs is checked by
 * `npm run package:check` (scripts/package-check.mjs; its own tests: packageCheck.test.ts).
 */

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- read by electron-builder's own schema below
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const targets = (platform: string) =>
  (config[platform].target as { target: string; arch: string[] }[]).map((t) => `${t.target}:${t.arch.join(',')}`);

describe('electron-builder.yml', () => {
  it('is valid for electron-builder (its own JSON schema)', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('Windows: NSIS per user (no administrator) plus a portable exe', () => {
    expect(targets('win')).toEqual(['nsis:x64', 'portable:x64']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, oneClick: false });
  });

  it('macOS: DMG for Intel and Apple silicon, hardened runtime, entitlements, notarisation', () => {
    expect(targets('mac')).toEqual(['dmg:x64,arm64']);
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    });
    const plist = readFileSync(path.join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect(plist).toContain('com.apple.security.cs.allow-jit');
    expect(plist).not.toMatch(/device\.camera|device\.audio-input|personal-information/);
  });

  it('sharp and @img/* outside the asar; each platform ships only its own sharp binaries', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/sharp/**/*', 'node_modules/@img/**/*']));
    const excluded = (platform: string) => (config[platform].files as string[]).join(' ');
    expect(excluded('win')).toMatch(/!node_modules\/@img\/sharp-\{darwin,linux,linuxmusl,wasm32\}/);
    expect(excluded('mac')).toMatch(/!node_modules\/@img\/sharp-\{win32,linux,linuxmusl,wasm32\}/);
    expect(excluded('linux')).toMatch(/!node_modules\/@img\/sharp-\{darwin,win32,wasm32\}/);
    for (const platform of ['win', 'mac', 'linux'])
      expect(excluded(platform)).not.toMatch(
        new RegExp(`sharp-\\{[^}]*${{ win: 'win32', mac: 'darwin', linux: 'linux,' }[platform]}`),
      );
  });

  it('no tests, sources or source maps packaged; the fuses stay', () => {
    // One whole list per platform: a top-level `files` beside per-platform exclusions is copied by
    // electron-builder as two sets, and the exclusions-only set starts from `**/*` (the whole repo).
    expect(config.files).toBeUndefined();
    for (const platform of ['win', 'mac', 'linux'])
      expect(config[platform].files).toEqual(
        expect.arrayContaining([
          'out/**/*',
          'package.json',
          '!out/**/*.map',
          '!**/*.{ts,tsx,mts,cts,map}',
          '!**/{test,tests,__tests__}/**',
          '!**/*.{test,spec}.*',
        ]),
      );
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true });
  });

  it('no native rebuild: the only native module, sharp, ships prebuilt N-API binaries', () => {
    // @electron/rebuild (electron-builder 26) needs Node 22.12+; with it off any Node 20.19+ builds.
    expect(config.npmRebuild).toBe(false);
    const sharp = JSON.parse(readFileSync(path.join(root, 'node_modules/sharp/package.json'), 'utf8')) as {
      optionalDependencies: Record<string, string>;
    };
    expect(Object.keys(sharp.optionalDependencies)).toEqual(
      expect.arrayContaining([
        '@img/sharp-win32-x64',
        '@img/sharp-darwin-arm64',
        '@img/sharp-darwin-x64',
        '@img/sharp-linux-x64',
      ]),
    );
  });

  it('npm run package:check packages for Linux around a stand-in Electron, never in dist:*', () => {
    expect(pkg.scripts['package:check']).toBe('node scripts/package-check.mjs');
    for (const script of ['dist:win', 'dist:mac', 'dist:linux'])
      expect(pkg.scripts[script]).not.toMatch(/electronDist|package-check/);
    expect(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).not.toMatch(/electronDist/);
  });

  it('no signing secret in the repository: credentials come from the environment', () => {
    const text = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/(password|cscKeyPassword|appleIdPassword)\s*:/i);
    expect(config.mac.identity ?? null).toBeNull();
  });

  it('npm run dist:win / dist:mac / dist:linux build then package', () => {
    expect(pkg.scripts['dist:win']).toBe('electron-vite build && electron-builder --win');
    expect(pkg.scripts['dist:mac']).toBe('electron-vite build && electron-builder --mac');
    expect(pkg.scripts['dist:linux']).toBe('electron-vite build && electron-builder --linux');
  });
});
