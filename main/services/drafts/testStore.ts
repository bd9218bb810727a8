import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LexicalState } from '../../../shared/article/draft';
import { EventBus } from '../events';
import type { StoreFs } from '../storage';
import { DraftsService, type DraftsServiceDeps } from './DraftsService';

/** A clock tests move by hand: each now() is one second later unless set. */
export class TestClock {
  constructor(public ms = Date.parse('2024-10-15T09:41:00Z')) {}
  now = (): Date => new Date((this.ms += 1000));
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TestStore {
  dir: string;
  drafts: DraftsService;
  clock: TestClock;
  events: { name: string; payload: unknown }[];
  reopen(extra?: Partial<DraftsServiceDeps>): Promise<DraftsService>;
  cleanup(): Promise<void>;
}

export async function openTestStore(
  extra: Partial<DraftsServiceDeps> & { fs?: StoreFs; dir?: string } = {},
): Promise<TestStore> {
  const dir = extra.dir ?? (await mkdtemp(path.join(tmpdir(), 'newsdesk-store-')));
  const clock = new TestClock();
  const events: TestStore['events'] = [];
  const make = async (more: Partial<DraftsServiceDeps> = {}) => {
    const bus = new EventBus();
    bus.subscribe((name, payload) => events.push({ name, payload }));
    const service = new DraftsService({ dataDir: dir, clock, bus, ...extra, ...more });
    await service.open();
    return service;
  };
  const store: TestStore = {
    dir,
    clock,
    events,
    drafts: await make(),
    async reopen(more) {
      await store.drafts.close();
      store.drafts = await make(more);
      return store.drafts;
    },
    async cleanup() {
      await store.drafts.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return store;
}

/** A Lexical state with one paragraph per string. */
export function paragraphs(...texts: string[]): LexicalState {
  return {
    root: {
      type: 'root',
      children: texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    },
  };
}

export const saveText = (drafts: DraftsService, id: string, headline: string, ...body: string[]) =>
  drafts.save({ id, headline, body: paragraphs(...body), bodyText: body.join('\n\n') });
