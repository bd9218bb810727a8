#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
// `npx newsdesk …`: the command line, written in TypeScript (main/cli/). It runs from a bundle
// that esbuild makes on first use and again whenever a source file it was made from changes,
// so it works straight after `npm ci` with no build step, never runs stale code, and starts
// without a TypeScript loader (tsx would add about 0.4 s to every run).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'main/cli/index.ts');
const outDir = path.join(root, 'out/cli');
const bundle = path.join(outDir, 'newsdesk.mjs');
const inputsFile = path.join(outDir, 'newsdesk.inputs.json');
/** Bump when the build options below change. */
const BUILD = 1;

async function isFresh() {
  try {
    const inputs = JSON.parse(await readFile(inputsFile, 'utf8'));
    if (inputs.build !== BUILD) return false;
    const now = await Promise.all(inputs.files.map((f) => stat(path.join(root, f.path)).then((s) => s.mtimeMs)));
    return now.every((mtimeMs, i) => mtimeMs === inputs.files[i].mtimeMs);
  } catch {
    return false;
  }
}

async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('newsdesk: esbuild is missing — run `npm ci` in the Newsdesk folder first');
  }
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const files = await Promise.all(
    Object.keys(result.metafile.inputs).map(async (p) => ({
      path: p,
      mtimeMs: (await stat(path.join(root, p))).mtimeMs,
    })),
  );
  await mkdir(outDir, { recursive: true });
  // Another run may build at the same moment: each writes whole files and renames them in.
  const tag = `${process.pid}.${Date.now()}`;
  await writeFile(`${bundle}.${tag}.tmp`, result.outputFiles[0].contents);
  await rename(`${bundle}.${tag}.tmp`, bundle);
  await writeFile(`${inputsFile}.${tag}.tmp`, JSON.stringify({ build: BUILD, files }));
  await rename(`${inputsFile}.${tag}.tmp`, inputsFile);
}

/**
 * glibc gives each busy thread its own malloc arena; libvips' threads then fragment them and a
 * long batch grows by ~4 MiB a photo (280 → 490 MiB from 10 to 100 photos). Two arenas keep it
 * flat. The shebang sets it; `node bin/newsdesk.mjs` gets it by running itself once more.
 *
 * The run is then two processes, and the child (the one that holds the data folder's lock) must
 * never outlive this wrapper: it is told of every signal the wrapper gets, and it has an IPC
 * channel to the wrapper that closes when the wrapper dies in any way, SIGKILL included.
 */
function rerunWithTwoArenas() {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      // Ctrl-C in a terminal already reaches the child (same process group): a second SIGINT would
      // turn `photos`' gentle cancel into an immediate stop. SIGTERM and SIGHUP twice do no harm.
      if (signal !== 'SIGINT' || !inTerminalForeground()) child.kill(signal);
    });
  child.on('exit', (code, signal) => process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1)));
}

/** Whether this process is in its terminal's foreground process group (Linux: /proc/self/stat). */
function inTerminalForeground() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    const [processGroup, terminalForegroundGroup] = [fields[2], fields[5]];
    return Number(terminalForegroundGroup) > 0 && processGroup === terminalForegroundGroup;
  } catch {
    return false;
  }
}

/** In the child: the wrapper is gone (its IPC channel closed), so stop as a hang-up would stop us. */
function stopWithParent() {
  if (!process.channel) return;
  // The channel must not keep a finished command running.
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGHUP'));
}

if (process.platform === 'linux' && process.env.MALLOC_ARENA_MAX === undefined) {
  rerunWithTwoArenas();
} else {
  stopWithParent();
  if (!(await isFresh())) await build();
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = await main(process.argv.slice(2));
}
