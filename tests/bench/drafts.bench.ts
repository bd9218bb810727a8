// Drafts store at newsroom scale: 10,000 drafts generated from the sample article.
// Targets (issue "Offline drafts that never lose a word"): open the list < 200 ms, search < 100 ms,
// autosave of a 10,000-word draft with 40 photos < 30 ms excluding the fsync wait.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emptyArticleFields, type Draft } from '../../shared/article/draft';
import { EventBus } from '../../main/services/events';
import { DraftsService } from '../../main/services/drafts/DraftsService';
import { DraftFolder } from '../../main/services/drafts/DraftFolder';
import { encodeDraft } from '../../main/services/drafts/envelope';
import { realFs } from '../../main/services/storage';
import { readReferenceArticle } from '../support/reference';
import { benchLine, medianMs } from './benchFormat';

const COUNT = 10_000;
const dataDir = path.join(tmpdir(), `newsdesk-bench-${COUNT}-v1`);
const reference = readReferenceArticle();
const words = reference.paragraphs.join(' ').split(/\s+/);
const places = [
  'Cần Thơ',
  'Cà Mau',
  'Hà Nội',
  'Đà Nẵng',
  'Huế',
  'Hải Phòng',
  'Vĩnh Long',
  'Sóc Trăng',
  'An Giang',
  'Bạc Liêu',
];

function variedDraft(i: number): Draft {
  const place = places[i % places.length];
  const start = (i * 37) % words.length;
  const body = Array.from({ length: 400 + (i % 300) }, (_, k) => words[(start + k * 7) % words.length]).join(' ');
  const at = new Date(Date.UTC(2024, 0, 1) + i * 600_000).toISOString();
  return {
    ...emptyArticleFields(),
    id: `bench-${String(i).padStart(6, '0')}`,
    template: ['tin', 'anh', 'tin-van'][i % 3],
    section: ['Nhịp sống', 'Thời sự', 'Kinh tế'][i % 3],
    headline: `${reference.headline.replace('Cần Thơ', place)} (${i})`,
    body: null,
    bodyText: `(NSMT) - ${place}: ${body}`,
    status: i % 5 === 0 ? 'finished' : 'draft',
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
}

async function generate(): Promise<void> {
  if (existsSync(path.join(dataDir, 'index.json'))) return;
  console.log(`generating ${COUNT} drafts in ${dataDir} …`);
  await rm(dataDir, { recursive: true, force: true });
  for (let i = 0; i < COUNT; i++) {
    const draft = variedDraft(i);
    const folder = new DraftFolder(path.join(dataDir, 'drafts', draft.id), realFs, false);
    await folder.create();
    await folder.write(draft);
  }
  const service = new DraftsService({ dataDir, clock: { now: () => new Date() }, bus: new EventBus(), fsync: false });
  await service.open();
  await service.close();
}

function bigDraft(): Draft {
  const text = Array.from({ length: 10_000 }, (_, k) => words[k % words.length]).join(' ');
  const paragraphs = text.match(/(?:\S+\s+){1,120}/g) ?? [text];
  const children: unknown[] = paragraphs.map((p) => ({
    type: 'paragraph',
    children: [{ type: 'text', text: p.trim(), format: 0 }],
  }));
  for (let k = 0; k < 40; k++) {
    children.splice(k * 2 + 1, 0, {
      type: 'captioned-photo',
      photoId: `sha256-${String(k).padStart(64, '0')}`,
      caption: 'Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu tặng Kỷ niệm chương vì sự nghiệp Dân vận cho các đại biểu.',
      credit: 'Thảo Nguyên',
      alt: 'Các đại biểu chụp hình kỷ niệm tại buổi họp mặt',
    });
  }
  const now = new Date().toISOString();
  return {
    ...emptyArticleFields(),
    id: 'bench-big-draft',
    template: 'tin',
    section: 'Nhịp sống',
    headline: reference.headline,
    body: { root: { type: 'root', children } },
    bodyText: text,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
}

await generate();
const indexFile = path.join(dataDir, 'index.json');
const indexBytes = (await stat(indexFile)).size;
const readIndexMs = await medianMs(5, () => readFile(indexFile));

let service: DraftsService | null = null;
const openTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  await service?.openReport();
  await service?.close();
  const start = performance.now();
  service = new DraftsService({ dataDir, clock: { now: () => new Date() }, bus: new EventBus(), fsync: false });
  await service.open();
  await service.list({ limit: 200 });
  openTimes.push(performance.now() - start);
}
const openMs = openTimes.sort((a, b) => a - b)[2];
await service!.openReport(); // search and saves are measured once the background check is done
const refName = `readFile-index-${(indexBytes / 1048576).toFixed(1)}MiB`;
benchLine('drafts-open-list-10k', openMs, 'ms', readIndexMs, refName);
const searchMs = await medianMs(9, () => service!.list({ query: 'can tho', limit: 200 }));
const hits = (await service!.list({ query: 'can tho' })).items.length;
benchLine('drafts-search-10k', searchMs, 'ms', readIndexMs, refName);
console.log(`  (search "can tho": ${hits} of ${COUNT} drafts)`);

const big = bigDraft();
const folder = new DraftFolder(path.join(dataDir, 'drafts', big.id), realFs, false);
await folder.create();
await folder.write(big);
const encodedBytes = Buffer.byteLength(encodeDraft(big));
const scratch = path.join(dataDir, 'scratch.bin');
await mkdir(dataDir, { recursive: true });
const payload = encodeDraft(big);
const writeMs = await medianMs(9, () => writeFile(scratch, payload));
let n = 0;
const saveMs = await medianMs(9, () =>
  service!.save({ id: big.id, headline: `${big.headline} ${n++}`, body: big.body, bodyText: big.bodyText }),
);
benchLine(
  'drafts-autosave-10k-words-40-photos',
  saveMs,
  'ms',
  writeMs,
  `writeFile-${(encodedBytes / 1024).toFixed(0)}KiB`,
);
console.log(
  `  targets: open < 200 ms ${openMs < 200 ? 'met' : 'MISSED'}, search < 100 ms ${searchMs < 100 ? 'met' : 'MISSED'}, autosave < 30 ms ${saveMs < 30 ? 'met' : 'MISSED'} (fsync off)`,
);
await service!.close();
await rm(path.join(dataDir, 'drafts', big.id), { recursive: true, force: true });
await rm(scratch, { force: true });
