import path from 'node:path';
import { parseArgs } from 'node:util';
import { createNewsdesk } from '../compose';
import { forkLauncher } from '../services/photos/jobs/forkLauncher';
import { startWebLog } from './log';
import { newToken, startWebHost, webMediaBase } from './server';
import { listenOnStablePort } from './stablePort';

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${value}"`);
  }
  return port;
}

const USAGE = `Usage: npm run web -- [--data <folder>] [--port <number>]
       node bin/web.mjs [--data <folder>] [--port <number>]

  --data <folder>   the data folder (drafts, photos, settings); default: $NEWSDESK_DATA_DIR or ./.newsdesk-data
  --port <number>   the loopback port; default: the one this data folder had last time (0: any free port)
  --help            this text

The URL printed at start carries this run's token: open it in a browser on this machine.`;

/** `npm run web`: the app without Electron, in any browser on this machine. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h' },
      // Without --port the host keeps the port it had on this data folder (0: any free port).
      port: { type: 'string' },
      data: { type: 'string', default: process.env.NEWSDESK_DATA_DIR ?? path.resolve('.newsdesk-data') },
      renderer: { type: 'string', default: path.resolve(import.meta.dirname, '../renderer') },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const explicitPort = portOption(values.port);
  const dataDir = path.resolve(values.data);
  // From here on console.* also goes to <data folder>/logs/main.log, redacted.
  startWebLog(dataDir);
  const token = newToken();
  const services = await createNewsdesk({
    dataDir,
    mediaBase: webMediaBase(token),
    // Built beside this file (electron.vite.config): photo batches never stall the server.
    photoWorker: forkLauncher(path.join(import.meta.dirname, 'photoWorker.js')),
    onUnexpectedError: (operation, error) => console.error(`[newsdesk] ${operation} failed:`, error),
  });
  const host = await listenOnStablePort(dataDir, explicitPort, (port) =>
    startWebHost({ services, rendererDir: values.renderer, port, dataDir, token }),
  );
  console.log(`Newsdesk data folder: ${dataDir}`);
  console.log(`Newsdesk is running. Open this URL in your browser:\n    ${host.url}`);
  // Saves in flight finish and the index is written before the process ends.
  const stop = () =>
    void host
      .close()
      .then(services.close)
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // bin/web.mjs's child is hung up on when its wrapper dies: it stops as cleanly.
  process.once('SIGHUP', stop);
}

main().catch((error: unknown) => {
  console.error(`Newsdesk could not start: ${error instanceof Error ? error.message : String(error)}`);
  // A mistyped option: show what the options are.
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    console.error(USAGE);
  process.exit(1);
});
