// What a packaged Newsdesk folder (electron-builder's `--dir` output, e.g. dist/linux-unpacked)
// holds, and what is wrong with it. Used by `npm run package:check`; it also checks a real
// `npm run dist:linux` folder: `node scripts/package-check.mjs --inspect dist/linux-unpacked`.
import { createRequire } from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
// electron-builder's own copies (its dependencies): the same readers it wrote the folder with.
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');

/** Every file in app.asar as `{ path, unpacked }`, from its header (paths use `/`, no leading one). */
export function listAsar(archive) {
  const files = [];
  const walk = (dir, prefix) => {
    for (const [name, entry] of Object.entries(dir.files)) {
      const at = prefix ? `${prefix}/${name}` : name;
      if ('files' in entry) walk(entry, at);
      else files.push({ path: at, unpacked: entry.unpacked === true });
    }
  };
  walk(asar.getRawHeader(archive).header, '');
  return files;
}

/** Every file under a folder, relative to it, with `/`. */
export function listFolder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) =>
      path
        .relative(dir, path.join(d.parentPath ?? d.path, d.name))
        .split(path.sep)
        .join('/'),
    );
}

/** The packaged folder as the rules below read it. */
export async function readPackagedApp(appOutDir, executableName) {
  const resources = path.join(appOutDir, 'resources');
  const archive = path.join(resources, 'app.asar');
  const executable = path.join(appOutDir, executableName);
  return {
    asarFiles: existsSync(archive) ? listAsar(archive) : null,
    unpackedFiles: listFolder(path.join(resources, 'app.asar.unpacked')),
    fuseWire: existsSync(executable) ? await getCurrentFuseWire(executable) : null,
  };
}

const NATIVE = /\.(node|dll|dylib)$|\.so(\.\d+)*$/;
const TEST_OR_SOURCE = [
  [/(^|\/)(test|tests|__tests__)\//, 'a test folder'],
  [/\.(test|spec)\.[^/]+$/, 'a test file'],
  [/\.(ts|tsx|mts|cts)$/, 'TypeScript source'],
  [/\.map$/, 'a source map'],
];
const APP_TOP_LEVEL = new Set(['out', 'node_modules', 'package.json']);
const REQUIRED = ['package.json', 'out/main/index.js', 'out/preload/', 'out/renderer/index.html'];
const SHOWN = 8;

/** `n files: a, b, c …` with at most SHOWN examples. */
const some = (paths) =>
  `${paths.length} file${paths.length === 1 ? '' : 's'}: ${paths.slice(0, SHOWN).join(', ')}${paths.length > SHOWN ? ', …' : ''}`;

/**
 * The problems of a packaged app, each a sentence saying what is wrong and why it matters; none
 * means it may ship. `target` is sharp's name for the platform (`linux-x64`, `darwin-arm64`,
 * `win32-x64`); `fuses` is electron-builder.yml's `electronFuses`.
 */
export function packagedAppProblems({ asarFiles, unpackedFiles, fuseWire }, { target, fuses }) {
  if (asarFiles === null) return ['resources/app.asar is missing: the app was not packaged as an asar'];
  const problems = [];
  const inAsar = asarFiles.map((f) => f.path);
  const unpacked = new Set(unpackedFiles);

  for (const needed of REQUIRED)
    if (!inAsar.some((p) => (needed.endsWith('/') ? p.startsWith(needed) : p === needed)))
      problems.push(`${needed} is not in app.asar: run \`npm run build\` before packaging`);

  const foreign = new Map();
  for (const p of inAsar) {
    const top = p.split('/')[0];
    if (!APP_TOP_LEVEL.has(top)) foreign.set(top, [...(foreign.get(top) ?? []), p]);
  }
  for (const [top, paths] of foreign)
    problems.push(`${top} is not part of the app but was packaged (${some(paths)}): tighten \`files\``);

  for (const [pattern, what] of TEST_OR_SOURCE) {
    const found = [...inAsar, ...unpackedFiles].filter((p) => pattern.test(p));
    if (found.length > 0) problems.push(`${what} was packaged (${some(found)})`);
  }

  const packedNatives = asarFiles.filter((f) => NATIVE.test(f.path) && !(f.unpacked && unpacked.has(f.path)));
  if (packedNatives.length > 0)
    problems.push(
      `native code only inside app.asar, where it cannot be loaded (${some(packedNatives.map((f) => f.path))}): add it to \`asarUnpack\``,
    );

  const sharpBinary = new RegExp(`^node_modules/@img/sharp-${target}/lib/[^/]+\\.node$`);
  const libvips = new RegExp(`^node_modules/@img/sharp-libvips-${target}/lib/libvips[^/]*\\.(so|dylib|dll)`);
  if (!unpackedFiles.some((p) => sharpBinary.test(p)))
    problems.push(`sharp's native module (@img/sharp-${target}/lib/*.node) is not in app.asar.unpacked`);
  if (!target.startsWith('win32') && !unpackedFiles.some((p) => libvips.test(p)))
    problems.push(`libvips (@img/sharp-libvips-${target}/lib/libvips*) is not in app.asar.unpacked`);

  const otherSharp = [...inAsar, ...unpackedFiles].filter((p) => {
    const platform = /(^|\/)node_modules\/@img\/sharp-(?:libvips-)?([^/]+)\//.exec(p)?.[2];
    return platform !== undefined && platform !== target;
  });
  const otherPackages = [...new Set(otherSharp.map((p) => /@img\/[^/]+/.exec(p)[0]))];
  if (otherPackages.length > 0)
    problems.push(
      `another platform's sharp binaries were packaged (${otherPackages.join(', ')}): each build ships only ${target}'s`,
    );

  // npmRebuild is off: a module that compiles against Electron's headers would ship built for Node.
  const gyp = inAsar.filter((p) => /^node_modules\/(@[^/]+\/)?[^/]+\/binding\.gyp$/.test(p));
  if (gyp.length > 0)
    problems.push(
      `npmRebuild is off but these need building for Electron (${some(gyp)}): turn it on and build with Node 22.12+`,
    );

  if (fuseWire === null) problems.push('the executable is missing, so its fuses could not be read');
  else
    for (const [name, on] of Object.entries(fuses ?? {})) {
      const option = FuseV1Options[name[0].toUpperCase() + name.slice(1)];
      if (option === undefined) continue;
      const state = fuseWire[option];
      if (state !== (on ? 49 : 48)) problems.push(`fuse ${name} should be ${on ? 'on' : 'off'} in the executable`);
    }
  return problems;
}
