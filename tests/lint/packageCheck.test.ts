import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPackageWithOptions } from '@electron/asar';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * `npm run package:check` reads a packaged folder and names what is wrong with it. CI runs it over
 * a real `electron-builder --linux --dir` (scripts/test-all.mjs, step "package"); these tests give
 * its `--inspect` mode small packaged folders with one fault each, made with the same asar and
 * fuses libraries electron-builder uses, and read what it prints.
 */

const root = path.resolve(import.meta.dirname, '../..');
const work = await mkdtemp(path.join(tmpdir(), 'newsdesk-package-check-test-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const SHARP = 'node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64-0.35.5.node';
const LIBVIPS = 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.18.7';
const GOOD_APP: Record<string, string> = {
  'package.json': '{"name":"newsdesk","main":"out/main/index.js"}',
  'out/main/index.js': '',
  'out/preload/index.cjs': '',
  'out/renderer/index.html': '<!doctype html>',
  'node_modules/sharp/package.json': '{}',
  [SHARP]: 'ELF',
  [LIBVIPS]: 'ELF',
};

type Fault = { add?: Record<string, string>; remove?: string[]; natives?: 'unpacked' | 'packed'; fuses?: boolean };

let made = 0;
/** A packaged folder as electron-builder lays it out: newsdesk, resources/app.asar(.unpacked). */
async function packagedApp({ add = {}, remove = [], natives = 'unpacked', fuses = true }: Fault) {
  const dir = path.join(work, `app-${++made}`);
  const files = { ...GOOD_APP, ...add };
  for (const gone of remove) delete files[gone];
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, 'src', name)), { recursive: true });
    await writeFile(path.join(dir, 'src', name), text);
  }
  await mkdir(path.join(dir, 'resources'));
  await createPackageWithOptions(path.join(dir, 'src'), path.join(dir, 'resources/app.asar'), {
    dot: true,
    ...(natives === 'unpacked' ? { unpack: '*.{node,so.*}' } : {}),
  });
  // Electron's default wire (run as node on, NODE_OPTIONS on, …) after the sentinel @electron/fuses looks for.
  const executable = path.join(dir, 'newsdesk');
  await writeFile(executable, `#!/bin/sh\n# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x0810110001\nexit 1\n`);
  await chmod(executable, 0o755);
  if (fuses)
    await flipFuses(executable, {
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  return dir;
}

/** What `package-check --inspect` says about a folder: its exit code and all it printed. */
async function inspect(dir: string) {
  const run = promisify(execFile)(
    process.execPath,
    ['scripts/package-check.mjs', '--inspect', dir, '--target', 'linux-x64'],
    { cwd: root },
  );
  try {
    const { stdout, stderr } = await run;
    return { code: 0, said: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, said: stdout + stderr };
  }
}

describe('npm run package:check --inspect', () => {
  it('passes an app with the build, sharp and libvips unpacked, and the fuses flipped', async () => {
    const { code, said } = await inspect(await packagedApp({}));
    expect(said).toContain('package:check: ok');
    expect(said).toContain(SHARP);
    expect(said).toContain(LIBVIPS);
    expect(code).toBe(0);
  });

  const faults: [string, Fault, RegExp[]][] = [
    [
      'sharp and libvips packed inside the asar',
      { natives: 'packed' },
      [
        /native code only inside app\.asar.*sharp-linux-x64-0\.35\.5\.node.*add it to `asarUnpack`/,
        /sharp's native module \(@img\/sharp-linux-x64\/lib\/\*\.node\) is not in app\.asar\.unpacked/,
        /libvips .* is not in app\.asar\.unpacked/,
      ],
    ],
    [
      'tests, TypeScript sources, source maps, docs, CI and scripts',
      {
        add: {
          'tests/e2e/editor.spec.ts': '',
          'main/app/windows.ts': '',
          'main/api/dispatcher.test.ts': '',
          'out/main/index.js.map': '{}',
          'docs/security.md': '',
          '.ci/run': '',
          'scripts/bench.mjs': '',
          'node_modules/zod/tests/object.test.js': '',
        },
      },
      [
        /tests is not part of the app but was packaged \(1 file: tests\/e2e\/editor\.spec\.ts\)/,
        /main is not part of the app/,
        /docs is not part of the app/,
        /\.ci is not part of the app/,
        /scripts is not part of the app/,
        /a test folder was packaged \(2 files: node_modules\/zod\/tests\/object\.test\.js, tests\/e2e\/editor\.spec\.ts\)/,
        /a test file was packaged \(3 files/,
        /TypeScript source was packaged \(3 files/,
        /a source map was packaged \(1 file: out\/main\/index\.js\.map\)/,
      ],
    ],
    [
      "macOS's and Windows' sharp binaries beside Linux's",
      {
        add: {
          'node_modules/@img/sharp-darwin-arm64/lib/sharp-darwin-arm64.node': 'Mach-O',
          'node_modules/@img/sharp-win32-x64/lib/sharp-win32-x64.node': 'PE',
          'node_modules/@img/sharp-libvips-darwin-arm64/lib/libvips-cpp.8.18.7.dylib': 'Mach-O',
        },
      },
      [
        /another platform's sharp binaries were packaged \(@img\/sharp-darwin-arm64, @img\/sharp-libvips-darwin-arm64, @img\/sharp-win32-x64\)/,
      ],
    ],
    [
      'no renderer build',
      { remove: ['out/renderer/index.html'] },
      [/out\/renderer\/index\.html is not in app\.asar: run `npm run build`/],
    ],
    [
      'a module that would need building for Electron',
      { add: { 'node_modules/better-sqlite3/binding.gyp': '{}' } },
      [/npmRebuild is off but these need building for Electron.*better-sqlite3\/binding\.gyp/],
    ],
    [
      'fuses left as Electron ships them',
      { fuses: false },
      [
        /fuse runAsNode should be off/,
        /fuse onlyLoadAppFromAsar should be on/,
        /fuse enableNodeOptionsEnvironmentVariable/,
      ],
    ],
  ];

  it.each(faults)('fails an app with %s, saying what is wrong', async (_, fault, expected) => {
    const { code, said } = await inspect(await packagedApp(fault));
    expect(code).toBe(1);
    for (const line of expected) expect(said).toMatch(line);
    expect(said).not.toContain('package:check: ok');
  });
});
