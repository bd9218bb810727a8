import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { StoreRefusedError } from '../../main/services/drafts/storeMeta';
import type { DraftDamage, StoreNote } from '../../shared/contract';
import en from '../../shared/i18n/locales/en.json';
import vi from '../../shared/i18n/locales/vi.json';
import { damageText } from '../../renderer/src/format/problems';

/*
 * The start-up matrix of issue 10: every store-level file × every way it can be bad. Newsdesk
 * must start each time, say what it found as codes both languages word, and open every other draft.
 */

type Corruption = (file: string, newer: string) => Promise<void>;
const halfOf = async (file: string) =>
  (await readFile(file)).subarray(0, Math.floor((await readFile(file)).length / 2));
const sizeOf = async (file: string) => Math.max(64, (await readFile(file).catch(() => Buffer.alloc(0))).length);
const corruptions: Record<string, Corruption> = {
  missing: (file) => rm(file, { recursive: true, force: true }),
  empty: (file) => writeFile(file, ''),
  zeros: async (file) => writeFile(file, Buffer.alloc(await sizeOf(file))),
  'random bytes': async (file) => writeFile(file, randomBytes(await sizeOf(file))),
  truncated: async (file) => writeFile(file, await halfOf(file)),
  'newer version': (file, newer) => writeFile(file, newer),
};

let template = '';
let victim = '';
const others: { id: string; body: string }[] = [];
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

/** Store-level files: where each is, and what a newer Newsdesk might have written there. */
const files: Record<string, { at: () => string; newer: () => string; folder?: boolean }> = {
  'store meta': { at: () => 'newsdesk-store.json', newer: () => JSON.stringify({ format: 2 }) },
  index: { at: () => 'index.json', newer: () => JSON.stringify({ version: 99, generation: 'x', entries: {} }) },
  'words index': { at: () => 'words.json', newer: () => JSON.stringify({ version: 99, generation: 'x', words: [] }) },
  lock: {
    at: () => 'newsdesk.lock',
    newer: () => JSON.stringify({ pid: deadPid(), since: new Date().toISOString(), start: 'x', lockVersion: 9 }),
  },
  'recovery file': {
    at: () => `drafts/${victim}/recovery.json`,
    newer: () => JSON.stringify({ version: 9, problem: { code: 'melted', detail: { heat: 9 } }, keptAs: 5 }),
  },
  'a draft folder': {
    at: () => `drafts/${victim}`,
    folder: true,
    newer: () => '',
  },
};

const words = (lng: 'vi' | 'en') => {
  const instance = i18next.createInstance();
  void instance.init({ lng, resources: { [lng]: { translation: lng === 'vi' ? vi : en } }, initAsync: false });
  return instance.t.bind(instance) as TFunction;
};
const languages = { vi: words('vi'), en: words('en') };
/** A code worded in both languages: a sentence, not its key, no placeholder left. */
function expectWorded(say: (t: TFunction) => string): void {
  for (const t of Object.values(languages)) {
    const text = say(t);
    expect(text).not.toMatch(/\{\{|storeReport\.|recovery\.problems\./);
  }
}

beforeAll(async () => {
  template = await mkdtemp(path.join(tmpdir(), 'newsdesk-matrix-template-'));
  const services = await createServices({ dataDir: template });
  for (const [i, place] of ['Cà Mau', 'Cần Thơ', 'Huế'].entries()) {
    const { id } = await services.drafts.create({ headline: place });
    for (let n = 1; n <= 3; n++) {
      const body = `${place}: bản ${n}`;
      await services.drafts.save({ id, headline: place, body: null, bodyText: body });
      if (i > 0 && n === 3) others.push({ id, body });
    }
    if (i === 0) victim = id;
  }
  await services.close();
  // The victim gets a recovery notice: its latest file was damaged once and recovered.
  await writeFile(path.join(template, 'drafts', victim, 'draft.nd'), 'garbage');
  await (await createServices({ dataDir: template })).close();
});
afterAll(() => rm(template, { recursive: true, force: true }));

it('starts with every store-level file missing, empty, zeroed, garbled, cut short or newer', async () => {
  let size = 0;
  let started = 0;
  const refused: string[] = [];
  for (const [fileName, file] of Object.entries(files)) {
    for (const [how, corrupt] of Object.entries(corruptions)) {
      size++;
      const dataDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-matrix-'));
      await cp(template, dataDir, { recursive: true });
      if (fileName === 'lock') await writeFile(path.join(dataDir, 'newsdesk.lock'), JSON.stringify({ pid: deadPid() }));
      const target = path.join(dataDir, file.at());
      if (file.folder && how !== 'missing') {
        // A draft folder: its latest file takes the damage ("empty" is a folder with nothing in it).
        if (how === 'empty') {
          await rm(target, { recursive: true });
          await mkdir(target);
        } else {
          const latest = path.join(target, 'draft.nd');
          if (how === 'newer version') {
            await writeFile(
              latest,
              (await readFile(latest, 'utf8')).replace(/"schemaVersion":\d+/, '"schemaVersion":9'),
            );
          } else await corrupt(latest, '');
        }
      } else await corrupt(target, file.newer());

      let services: Services;
      try {
        services = await createServices({ dataDir });
      } catch (error) {
        if (!(error instanceof StoreRefusedError)) throw new Error(`${fileName} × ${how}: ${String(error)}`);
        // The one refusal by design: a data folder laid out by a newer Newsdesk is never rewritten.
        expect(`${fileName} × ${how}`).toBe('store meta × newer version');
        expectWorded((t) => t(`startup.errors.${error.startup.code}`, error.startup.detail));
        refused.push(`${fileName} × ${how}`);
        await rm(dataDir, { recursive: true, force: true });
        continue;
      }
      const report = await services.drafts.openReport();
      for (const { problem } of report.unreadable) expectWorded((t) => damageText(problem as DraftDamage, t));
      for (const note of report.notes as StoreNote[])
        expectWorded((t) => t(`storeReport.notes.${note.code}`, note.detail));
      for (const other of others) expect((await services.drafts.get(other.id)).draft.bodyText).toBe(other.body);
      if (!file.folder) expect((await services.drafts.get(victim)).draft.bodyText).toBe('Cà Mau: bản 3');
      expect((await services.drafts.list({ query: 'hue' })).items.map((d) => d.headline)).toEqual(['Huế']);
      await services.close();
      const leftovers = (await readdir(dataDir)).filter((n) => n.endsWith('.tmp'));
      expect(leftovers).toEqual([]);
      started++;
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log(
    `START-UP MATRIX size=${size} started=${started} refused by design=${refused.length} (${refused.join(', ')})`,
  );
  expect(size).toBe(36);
  expect(started + refused.length).toBe(size);
  expect(refused.length).toBeLessThanOrEqual(1);
}, 240_000);
