import path from 'node:path';
import { z } from 'zod';
import { IsoTimeSchema } from '../../../shared/article/draft';
import { RemoteRefSchema, type RemoteRef } from '../../../shared/contract/sync';
import { KeyedQueue, writeFileAtomic, type StoreFs } from '../storage';
import { decodeEnvelope, encodeEnvelope } from './envelope';

/**
 * A step of a send that talks to the target, as the adapter names it ("post", "media:<sha>",
 * "picture:<sha>"): `begun` is written before the request goes, `done` (with what the target
 * answered: its id, URL, ETag) before the next one. After a crash or a lost answer, `begun`
 * without `done` is the adapter's cue to reconcile — find what arrived — before trying again.
 */
export const JournalEntrySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('begun'), at: IsoTimeSchema, note: z.json().optional() }),
  z.object({ state: z.literal('done'), at: IsoTimeSchema, value: z.json() }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type JsonValue = z.infer<ReturnType<typeof z.json>>;

/** What one draft has at one target. Lives as long as the draft, across jobs. */
export const TargetRecordSchema = z.object({
  /** The revision last sent whole, null before the first success. */
  revision: z.number().int().nonnegative().nullable(),
  sentAt: IsoTimeSchema.nullable(),
  remote: RemoteRefSchema.nullable(),
  /** What the adapter needs to notice a change made at the target (an ETag, modified_gmt + hash). */
  baseline: z.json().nullable(),
  journal: z.record(z.string(), JournalEntrySchema),
  /** "keep the target's version": its copy, to compare with the draft. */
  keptRemote: z.json().nullable().default(null),
});
export type TargetRecord = z.infer<typeof TargetRecordSchema>;

const SendRecordSchema = z.object({ draftId: z.string(), targets: z.record(z.string(), TargetRecordSchema) });
type SendRecord = z.infer<typeof SendRecordSchema>;

const KIND = 'sent-record';
const VERSION = 1;
const emptyTarget = (): TargetRecord => ({
  revision: null,
  sentAt: null,
  remote: null,
  baseline: null,
  journal: {},
  keptRemote: null,
});

/** The durable journal of one draft at one target, as adapters see it. */
export interface Journal {
  get(key: string): JournalEntry | undefined;
  /** Durable before it resolves: call before the request it announces. */
  begin(key: string, note?: JsonValue): Promise<void>;
  /** Durable before it resolves: call before the next request. */
  done(key: string, value: JsonValue): Promise<void>;
  forget(key: string): Promise<void>;
  /**
   * Several keys in one durable write (one fsync): what one step learned and what the next
   * announces, e.g. photo 1 done + photo 2 begun, written together before photo 2's upload.
   */
  apply(changes: JournalChange[]): Promise<void>;
}

/** One key's change in `Journal.apply`: begun, done with its value, or forgotten. */
export type JournalChange =
  | { key: string; state: 'begun'; note?: JsonValue }
  | { key: string; state: 'done'; value: JsonValue }
  | { key: string; state: 'forgotten' };

/**
 * Per draft: what was sent to each target (remote ids, last sent revision, the baseline for
 * conflict checks, the journal). One file per draft, `<data>/sync/sent/<draftId>.nd`, written
 * atomically, serialised per draft. Kept apart from the draft's own folder so the drafts store
 * stays the only writer there; a draft restored from the trash finds its record again.
 */
export class SendRecords {
  private readonly dir: string;
  private readonly writes = new KeyedQueue();
  private readonly cache = new Map<string, SendRecord>();

  constructor(
    syncDir: string,
    private readonly fs: StoreFs,
    private readonly fsync = true,
  ) {
    this.dir = path.join(syncDir, 'sent');
  }

  private fileOf(draftId: string): string {
    return path.join(this.dir, `${draftId}.nd`);
  }

  private async read(draftId: string): Promise<SendRecord> {
    const cached = this.cache.get(draftId);
    if (cached) return cached;
    const text = await this.fs.readFile(this.fileOf(draftId), 'utf8').catch(() => null);
    const opened = text === null ? null : decodeEnvelope(text, KIND, VERSION, SendRecordSchema);
    // A damaged record costs the "changed since sent" mark, never a duplicate: every adapter
    // also finds its items at the target by the draft's own identity before creating one.
    const record = opened?.ok ? opened.value : { draftId, targets: {} };
    this.cache.set(draftId, record);
    return record;
  }

  async get(draftId: string, targetId: string): Promise<TargetRecord> {
    return structuredClone((await this.read(draftId)).targets[targetId] ?? emptyTarget());
  }

  async all(draftId: string): Promise<Record<string, TargetRecord>> {
    return structuredClone((await this.read(draftId)).targets);
  }

  /** Changes one target's record of a draft; durable when this resolves. */
  update(draftId: string, targetId: string, change: (record: TargetRecord) => TargetRecord): Promise<TargetRecord> {
    return this.writes.run(draftId, async () => {
      const current = await this.read(draftId);
      const next: SendRecord = {
        draftId,
        targets: {
          ...current.targets,
          [targetId]: change(structuredClone(current.targets[targetId] ?? emptyTarget())),
        },
      };
      await this.fs.mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.fileOf(draftId), encodeEnvelope(KIND, VERSION, next), {
        fs: this.fs,
        fsync: this.fsync,
      });
      this.cache.set(draftId, next);
      return structuredClone(next.targets[targetId]);
    });
  }

  /** The record's journal for one send, as the adapter writes it. */
  journal(draftId: string, targetId: string, snapshot: TargetRecord, now: () => Date): Journal {
    const entries = snapshot.journal;
    const entryOf = (change: JournalChange): JournalEntry | null => {
      const at = now().toISOString();
      if (change.state === 'begun')
        return { state: 'begun', at, ...(change.note === undefined ? {} : { note: change.note }) };
      if (change.state === 'done') return { state: 'done', at, value: change.value };
      return null;
    };
    const apply = async (changes: JournalChange[]) => {
      if (changes.length === 0) return;
      const next = changes.map((change) => [change.key, entryOf(change)] as const);
      for (const [key, entry] of next) {
        if (entry) entries[key] = entry;
        else delete entries[key];
      }
      await this.update(draftId, targetId, (record) => {
        const journal = { ...record.journal };
        for (const [key, entry] of next) {
          if (entry) journal[key] = entry;
          else delete journal[key];
        }
        return { ...record, journal };
      });
    };
    return {
      get: (key) => entries[key],
      begin: (key, note) => apply([{ key, state: 'begun', ...(note === undefined ? {} : { note }) }]),
      done: (key, value) => apply([{ key, state: 'done', value }]),
      forget: (key) => apply([{ key, state: 'forgotten' }]),
      apply,
    };
  }

  /** A whole send succeeded: this revision is what the target has. */
  markSent(
    draftId: string,
    targetId: string,
    sent: { revision: number; at: Date; remote: RemoteRef; baseline: JsonValue },
  ) {
    return this.update(draftId, targetId, (record) => ({
      ...record,
      revision: sent.revision,
      sentAt: sent.at.toISOString(),
      remote: sent.remote,
      baseline: sent.baseline,
    }));
  }
}
