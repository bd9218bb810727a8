// A reporter's laptop in one process: opens the store and autosaves a growing Vietnamese article
// as fast as it can, printing "ACK <step>" after each save the store acknowledged. The kill test
// SIGKILLs it at random moments.
import { createServices } from '../../main/services';
import { articleAt, stepOf } from './growingArticle';

const dataDir = process.argv[2];
const services = await createServices({ dataDir });
const { drafts } = services;
let id = (await drafts.list()).items[0]?.id;
if (!id) id = (await drafts.create({ headline: 'Bài #0' })).id;
let step = stepOf((await drafts.get(id)).draft.headline);
process.stdout.write(`READY ${step}\n`);
for (;;) {
  step++;
  const article = articleAt(step);
  await drafts.save({ id, headline: article.headline, body: article.body, bodyText: article.bodyText });
  process.stdout.write(`ACK ${step}\n`);
}
