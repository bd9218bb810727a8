import { photosUsage, runPhotosCommand, type Io } from './photos';
import { syncUsage } from './syncUsage';

const usage = `Usage: newsdesk <command> …

Commands:
  photos   make renditions and sidecars for photos, without the window
  sync     send the outbox's finished stories to their targets, without the window

${photosUsage}
${syncUsage}`;

/** The `newsdesk` command line (bin/newsdesk.mjs runs it); resolves to the exit code. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'photos':
      return runPhotosCommand(rest, io, interrupted());
    case 'sync':
      // Loaded only for this command: the services (zod, sharp, the stores) cost the photos command nothing.
      return (await import('./sync')).runSyncCommand(rest, io);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(usage);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`newsdesk: unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

/** The first Ctrl-C cancels the batch gently (photos in work are finished); a second one quits. */
function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nCancelling: finishing the photos in work (Ctrl-C again to stop at once)…\n');
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  return controller.signal;
}
