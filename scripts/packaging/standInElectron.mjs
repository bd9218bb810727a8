// A stand-in for an unpacked Electron, ONLY for `npm run package:check`: no Electron binary can be
// downloaded on the CI machine, and electron-builder's `electronDist` accepts a local folder. It is
// never used by `npm run dist:*`, and what it makes cannot run: the "electron" file is a shell
// script that says so. What the packaged-files check looks at (app.asar, app.asar.unpacked, the
// fuses) does not depend on what is inside Electron.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @electron/fuses finds the fuse wire right after this marker in the Electron binary. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own fuse defaults (wire version 1, eight fuses, '1' on and '0' off): run as node,
 * cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only load from asar, browser V8
 * snapshot, file:// privileges. Every fuse electron-builder.yml sets differs from its default here,
 * so a wire read back after packaging shows the flips really happened.
 */
export const DEFAULT_FUSE_WIRE = '10110001';

/**
 * What electron-builder takes from an unpacked Electron on Linux (app-builder-lib
 * electron/ElectronFramework.js): the whole folder is copied, `electron` is renamed to the
 * executable name (`newsdesk`), `LICENSE` becomes `LICENSE.electron.txt`, `locales/*.pak` are
 * pruned if `electronLanguages` is set, and the fuses are flipped in the executable. A folder
 * (rather than a zip) is never cleaned up after, so it holds no `resources/default_app.asar`.
 */
export async function writeStandInElectron(dir, { version }) {
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  const executable = path.join(dir, 'electron');
  await writeFile(
    executable,
    [
      '#!/bin/sh',
      '# Stand-in Electron made by scripts/package-check.mjs for the packaged-files check only.',
      `# fuse wire: ${FUSE_SENTINEL}\x01\x08${DEFAULT_FUSE_WIRE}`,
      'echo "This is not Electron: a folder made by npm run package:check cannot run." >&2',
      'exit 1',
      '',
    ].join('\n'),
  );
  await chmod(executable, 0o755);
  await writeFile(path.join(dir, 'LICENSE'), 'Stand-in for Electron’s LICENSE (MIT).\n');
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<!-- stand-in -->\n');
  await writeFile(path.join(dir, 'version'), `${version}\n`);
  for (const locale of ['en-US', 'vi']) await writeFile(path.join(dir, 'locales', `${locale}.pak`), '');
  return dir;
}
