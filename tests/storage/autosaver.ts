// A reporter's laptop in one process: opens the drafts store and autosaves a growing Vietnamese
// article as fast as it can, printing "ACK <step>" after each save the store acknowledged. The
// kill test SIGKILLs it at random moments, some of them while it is still opening (checking) the
// store. It loads the store alone, not every service, so each of the many starts is quick.
import { systemClock } from '../../main/services/clock';
import { DraftsService } from '../../main/services/drafts/DraftsService';
import { EventBus } from '../../main/services/events';
import { articleAt, stepOf } from './growingArticle';

const dataDir = process.argv[2];
const session = `kill-${process.pid}-typing`;
// The store opens next: a kill from here to READY lands in start-up (and, after a crash, recovery).
process.stdout.write('OPENING\n');
const drafts = new DraftsService({ dataDir, clock: systemClock, bus: new EventBus() });
await drafts.open();
let id = (await drafts.list()).items[0]?.id;
if (!id) id = (await drafts.create({ headline: 'Bài #0' })).id;
let step = stepOf((await drafts.get(id)).draft.headline);
process.stdout.write(`READY ${step}\n`);
for (;;) {
  step++;
  const article = articleAt(step);
  // As the editor saves: one typing session, so the store coalesces its revisions meanwhile.
  await drafts.save({ id, headline: article.headline, body: article.body, bodyText: article.bodyText, session });
  process.stdout.write(`ACK ${step}\n`);
}
