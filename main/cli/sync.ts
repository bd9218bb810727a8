import { parseArgs } from 'node:util';
import type { SyncFailure, SyncJob } from '../../shared/contract/sync';
import en from '../../shared/i18n/locales/en.json';
import { createServices, type Services } from '../services';
import { environmentSecrets } from '../services/sync';
import type { Io } from './photos';
import { syncUsage } from './syncUsage';

/** The English words of a failure, as the app shows them (shared/i18n/locales/en.json). */
function wordsOf(failure: SyncFailure): string {
  const text: string = en.sync.failures[failure.code];
  const values: Record<string, string | number | undefined> = { ...failure.detail };
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '?'));
}

function lineOf(job: SyncJob): string {
  const story = `"${job.headline || job.draftId}" → ${job.targetId}`;
  if (job.state === 'sent') return `sent     ${story}${job.remote?.url ? ` (${job.remote.url})` : ''}\n`;
  const failure = job.failure ? `: ${wordsOf(job.failure)} [${job.failure.code}]` : '';
  return `${job.state.padEnd(8)} ${story}${failure}\n`;
}

/** `newsdesk sync --data <folder>`: 0 all sent, 1 some not, 2 bad usage. */
export async function runSyncCommand(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let data: string;
  let waitSeconds: number;
  try {
    const { values } = parseArgs({
      args,
      options: { data: { type: 'string' }, wait: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout.write(syncUsage);
      return 0;
    }
    if (!values.data) throw new Error('--data <folder> is required');
    data = values.data;
    waitSeconds = values.wait === undefined ? 60 : Number(values.wait);
    if (!Number.isFinite(waitSeconds) || waitSeconds < 0) throw new Error('--wait takes a number of seconds');
  } catch (error) {
    io.stderr.write(`newsdesk sync: ${(error as Error).message}\n\n${syncUsage}`);
    return 2;
  }
  let services: Services | undefined;
  try {
    // The store is locked to one process: with the app open on this folder, this refuses.
    services = await createServices({
      dataDir: data,
      secrets: environmentSecrets(env, (id) => services?.sync.targets.get(id)?.kind),
    });
  } catch (error) {
    io.stderr.write(`newsdesk sync: the data folder could not be opened: ${(error as Error).message}\n`);
    return 1;
  }
  const before = new Set(
    services.sync
      .list()
      .filter((j) => j.state === 'sent' || j.state === 'cancelled')
      .map((j) => j.id),
  );
  try {
    const jobs = await services.sync.drain(new Date(Date.now() + waitSeconds * 1000));
    const ran = jobs.filter((j) => !before.has(j.id)).reverse();
    for (const job of ran) io.stdout.write(lineOf(job));
    const notSent = ran.filter((j) => j.state !== 'sent' && j.state !== 'cancelled');
    io.stdout.write(`${ran.length - notSent.length} sent, ${notSent.length} not sent\n`);
    return notSent.length > 0 ? 1 : 0;
  } finally {
    await services.close();
  }
}
