#!/usr/bin/env node
// `npm run package:check`: packages the built app for Linux the way `npm run dist:linux` does
// (`electron-builder --linux --dir`, the real electron-builder.yml) and checks what went in: the
// build, sharp's native module and libvips outside the asar, only Linux x64's sharp binaries, no
// tests or sources, the fuses flipped. It needs `out/` (`npm run build`).
//
// No Electron binary can be downloaded here, so it packages around a stand-in Electron folder
// (scripts/packaging/standInElectron.mjs, passed as `electronDist`); the result cannot run and is
// deleted afterwards. Where the system allows it, electron-builder runs with no network at all
// (`unshare -rn`), so any download it tried would fail the check instead of passing unseen.
//
//   node scripts/package-check.mjs                         package, check, delete
//   node scripts/package-check.mjs --keep                  …and keep the folder to look at
//   node scripts/package-check.mjs --inspect <folder>      only check a packaged folder
//                                                          (e.g. dist/linux-unpacked after dist:linux)
//   … --target linux-x64                                   sharp's platform name, if not this machine's
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { packagedAppProblems, readPackagedApp } from './packaging/packagedFiles.mjs';
import { writeStandInElectron } from './packaging/standInElectron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const args = process.argv.slice(2);
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// electron-builder's Linux executable name: `executableName`, else the package name, lower case.
const executableName = config.linux?.executableName ?? config.executableName ?? pkg.name.toLowerCase();
/** sharp's name for the platform the app is packaged for (`--target linux-x64` to name another). */
const target = args.includes('--target') ? args[args.indexOf('--target') + 1] : `${process.platform}-${process.arch}`;

/** A command run with the network cut off when this machine lets an unprivileged user do so. */
function offline(command, commandArgs) {
  const probe = spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore' });
  if (probe.status === 0) return { command: 'unshare', args: ['-rn', command, ...commandArgs], offline: true };
  return { command, args: commandArgs, offline: false };
}

async function packageWithStandIn(work) {
  if (!existsSync(path.join(root, 'out/main/index.js'))) throw new Error('out/ is missing — run `npm run build` first');
  const electronVersion = JSON.parse(
    readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  const electronDist = await writeStandInElectron(path.join(work, 'electron-dist'), { version: electronVersion });
  const run = offline(process.execPath, [
    path.join(root, 'node_modules/electron-builder/cli.js'),
    '--linux',
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${path.join(work, 'dist')}`,
  ]);
  console.log(
    `package:check: electron-builder --linux --dir around a stand-in Electron ${electronVersion}` +
      (run.offline ? ', network cut off' : ' (unshare -rn unavailable: the network is NOT cut off)'),
  );
  const result = spawnSync(run.command, run.args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    // Its log is long (every duplicate dependency), so it is shown only when something went wrong.
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    throw new Error(`electron-builder failed (exit ${result.status ?? result.signal})`);
  }
  // The afterPack hook that keeps each app to its own sharp says so; no line, no check was made.
  if (!result.stdout.includes(`sharp for linux-${process.arch} only`))
    throw new Error('electron-builder did not run the afterPack hook (scripts/packaging/sharpForArch.cjs)');
  return path.join(work, 'dist', process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
}

const inspectAt = args.indexOf('--inspect');
const work = inspectAt === -1 ? await mkdtemp(path.join(tmpdir(), 'newsdesk-package-check-')) : null;
try {
  const appOutDir = work === null ? path.resolve(args[inspectAt + 1] ?? '') : await packageWithStandIn(work);
  const app = await readPackagedApp(appOutDir, executableName);
  const problems = packagedAppProblems(app, { target, fuses: config.electronFuses });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`package:check: ${problems.length} problem(s) in ${appOutDir}:`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    process.exitCode = 1;
  } else {
    const natives = app.unpackedFiles.filter((p) => /\.node$|\.so(\.\d+)*$/.test(p));
    console.log(
      `package:check: ok in ${seconds} s — ${app.asarFiles.length} files in app.asar, ` +
        `${app.unpackedFiles.length} unpacked (${natives.join(', ')}), fuses as electron-builder.yml sets them`,
    );
  }
} catch (error) {
  console.error(`package:check: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (work !== null && !args.includes('--keep')) await rm(work, { recursive: true, force: true });
  else if (work !== null) console.log(`package:check: kept ${work}`);
}
