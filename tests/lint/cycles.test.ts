import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * No import cycles in main/, renderer/ or shared/. A cycle here is one that runs: static value
 * imports. Type-only imports are erased by the compiler and a dynamic import() runs after both
 * modules have loaded, so neither can see a half-initialised module (the Lexical playground's
 * ImageNode lazy-loads its component the same way; so does CaptionedPhotoNode).
 */

const root = path.resolve(import.meta.dirname, '../..');

/** Every runtime import cycle among the files matched by `globs` under `context`, and how many files it read. */
async function cyclesIn(context: string, globs: string[]): Promise<{ cycles: string[][]; files: number }> {
  const tree = await parseDependencyTree(globs, {
    cwd: context,
    context,
    // Compile each file first so that `import type` and type-only specifiers drop out.
    transform: true,
    skipDynamicImports: true,
    exclude: /node_modules/,
  });
  return { cycles: parseCircular(tree, true), files: Object.keys(tree).length };
}

const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('import cycles', () => {
  it('main/, renderer/ and shared/ have none', { timeout: 180_000 }, async () => {
    const { cycles, files } = await cyclesIn(root, [
      'main/**/*.{ts,tsx}',
      'renderer/**/*.{ts,tsx}',
      'shared/**/*.{ts,tsx}',
    ]);
    expect(files).toBeGreaterThan(200);
    // Printed as "a.ts → b.ts → a.ts" so a failure says which files to untangle.
    expect(cycles.map((cycle) => [...cycle, cycle[0]].join(' → '))).toEqual([]);
  });

  it('finds a value cycle, and lets a type-only or lazy import back through', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-cycles-'));
    scratch.push(dir);
    const sources: Record<string, string> = {
      'node.ts': "import { Component } from './component';\nexport const node = () => Component;\n",
      'component.ts': "import { node } from './node';\nexport const Component = () => node;\n",
      'lazyNode.ts': "export const load = () => import('./lazyComponent');\nexport const size = 1;\n",
      'lazyComponent.ts': "import type { size } from './lazyNode';\nexport const x: typeof size = 1;\n",
    };
    for (const [name, code] of Object.entries(sources)) await writeFile(path.join(dir, name), code);
    const { cycles, files } = await cyclesIn(dir, ['*.ts']);
    expect(files).toBe(4);
    expect(cycles.map((cycle) => [...cycle].sort())).toEqual([['component.ts', 'node.ts']]);
  });
});
