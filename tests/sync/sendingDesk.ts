// A laptop sending its outbox in one process: opens the data folder, lets the worker send every
// queued job to the hot folder and the ninjs receiver, prints "SENDING <job>" as a send begins,
// "SENT <job>" as each lands and "DONE" when nothing is left. The kill test SIGKILLs it mid-send.
import { createServices } from '../../main/services';

const dataDir = process.argv[2];
const services = await createServices({
  dataDir,
  sync: { tuning: { backoff: { baseMs: 20, capMs: 200, maxRetryAfterMs: 500 } } },
});
services.bus.subscribe((event, payload) => {
  const { job } = payload as { job: { id: string; state: string } };
  if (event !== 'sync.changed') return;
  if (job.state === 'sending') process.stdout.write(`SENDING ${job.id}\n`);
  if (job.state === 'sent') process.stdout.write(`SENT ${job.id}\n`);
});
process.stdout.write('READY\n');
for (;;) {
  const jobs = services.sync.list();
  const failed = jobs.filter((j) => j.state === 'failed' || j.state === 'conflict');
  if (failed.length > 0) {
    process.stderr.write(`FAILED ${JSON.stringify(failed)}\n`);
    process.exit(1);
  }
  if (jobs.every((j) => j.state === 'sent' || j.state === 'cancelled')) break;
  await new Promise((resolve) => setTimeout(resolve, 10));
}
await services.close();
process.stdout.write('DONE\n');
