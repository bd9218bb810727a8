import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/* Electron's checklist #19: the fuses the packaged binary carries, read from the packaging config. */
const yml = readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');
/** The `electronFuses:` block's `name: true|false` lines (a flat map: no YAML library needed). */
const block = /^electronFuses:\n((?:[ \t]+.*\n?)*)/m.exec(yml)?.[1] ?? '';
const config = {
  electronFuses: Object.fromEntries(
    [...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map(([, name, value]) => [name, value === 'true']),
  ),
};

describe('electron fuses', () => {
  it('turn off running as Node, NODE_OPTIONS, inspector flags and file:// privileges; only the checked asar loads', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
