#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
// `npx newsdesk …`: the command line, written in TypeScript (main/cli/). It runs from a bundle
// that esbuild makes on first use and again whenever a source file it was made from changes,
// so it works straight after `npm ci` with no build step, never runs stale code, and starts
// without a TypeScript loader (tsx would add about 0.4 s to every run).
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_MALLOC, needsRerun, rerunWith, stopWithParent } from './glibcMalloc.mjs';

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

// The shebang sets the arenas; `node bin/newsdesk.mjs` gets them by running itself once more.
if (needsRerun(CLI_MALLOC)) {
  rerunWith(CLI_MALLOC);
} else {
  stopWithParent();
  if (!(await isFresh())) await build();
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = await main(process.argv.slice(2));
}
