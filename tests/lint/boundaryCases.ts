import path from 'node:path';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

/*
 * The folder boundaries of STYLE.md, checked through the real eslint.config.js: every forbidden
 * import must fail lint with a boundary rule, every allowed one must pass. The files need not
 * exist; lintText only uses the path to pick the config.
 */

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

export interface BoundaryCase {
  name: string;
  file: string;
  code: string;
  /** The boundary rule that must report, or null when the code is allowed. */
  fails: 'no-restricted-imports' | 'no-restricted-syntax' | 'no-restricted-globals' | null;
}

/** One test per case: lints the snippet as if it were that file. */
export function lintEachCase(cases: BoundaryCase[]): void {
  it.each(cases)('$name', async ({ file, code, fails }) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    const boundaryErrors = result.messages.filter(
      (m) => m.severity === 2 && m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId),
    );
    if (fails === null) {
      // Allowed code must be clean altogether, so a case can't pass by tripping another rule.
      expect(result.messages).toEqual([]);
    } else {
      expect(boundaryErrors.map((m) => m.ruleId)).toContain(fails);
      // Every boundary message tells the reader where the code belongs instead.
      for (const m of boundaryErrors) expect(m.message.length).toBeGreaterThan(40);
    }
  });
}
