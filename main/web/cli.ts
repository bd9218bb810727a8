import path from 'node:path';
import { parseArgs } from 'node:util';
import { createNewsdesk } from '../compose';
import { startWebHost } from './server';

/** `npm run web`: the app without Electron, in any browser on this machine. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      data: { type: 'string', default: process.env.NEWSDESK_DATA_DIR ?? path.resolve('.newsdesk-data') },
      renderer: { type: 'string', default: path.resolve(import.meta.dirname, '../renderer') },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  }
  const services = await createNewsdesk({
    dataDir: path.resolve(values.data),
    mediaBase: './media/',
    onUnexpectedError: (operation, error) => console.error(`[newsdesk] ${operation} failed:`, error),
  });
  const host = await startWebHost({ services, rendererDir: values.renderer, port, dataDir: path.resolve(values.data) });
  console.log(`Newsdesk data folder: ${path.resolve(values.data)}`);
  console.log(`Newsdesk is running. Open this URL in your browser:\n    ${host.url}`);
  // Saves in flight finish and the index is written before the process ends.
  const stop = () =>
    void host
      .close()
      .then(services.close)
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Newsdesk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
