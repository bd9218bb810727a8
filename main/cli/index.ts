import { photosUsage, runPhotosCommand, type Io } from './photos';

const usage = `Usage: newsdesk <command> …

Commands:
  photos   make renditions and sidecars for photos, without the window

${photosUsage}`;

/** The `newsdesk` command line (bin/newsdesk.mjs runs it); resolves to the exit code. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'photos':
      return runPhotosCommand(rest, io, interrupted());
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
