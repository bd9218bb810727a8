import { createHash } from 'node:crypto';
import { DraftSchema, type Draft } from '../../../shared/article/draft';
import type { DraftDamage } from '../../../shared/contract';

/**
 * A draft on disk is two lines: a header with the schema version, byte length and SHA-256 of
 * the body, then the body (the draft as JSON). A torn, truncated, zero-filled or garbled file
 * fails the check and is never half-read.
 */
export const SCHEMA_VERSION = 3;

type Migration = (draft: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns a version-n document into version n+1. */
const migrations: Record<number, Migration> = {
  // v2 added the template and section the drafts list filters on.
  1: (draft) => ({ template: 'tin', section: '', ...draft }),
  // v3 added the article parts of the templates issue. Written out here, not taken from the model,
  // so this step stays what it was when later versions change what a new draft starts with.
  2: (draft) => ({
    language: 'vi',
    subheadline: '',
    dateline: null,
    lead: '',
    byline: [],
    related: [],
    keywords: [],
    ...draft,
  }),
};

export type Decoded =
  | { ok: true; draft: Draft; schemaVersion: number }
  /** `damage` crosses to the UI as a code + detail (recovery notice, start-up report). */
  | { ok: false; problem: 'damaged' | 'newer'; damage: DraftDamage };

const damaged = (damage: DraftDamage): Decoded => ({ ok: false, problem: 'damaged', damage });

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function encodeDraft(draft: Draft): string {
  const body = JSON.stringify(draft);
  const header = {
    newsdesk: 'draft',
    schemaVersion: SCHEMA_VERSION,
    bytes: Buffer.byteLength(body),
    sha256: sha256(body),
  };
  return `${JSON.stringify(header)}\n${body}\n`;
}

interface Header {
  newsdesk: string;
  schemaVersion: number;
  bytes: number;
  sha256: string;
}

function isHeader(value: unknown): value is Header {
  const h = value as Header;
  return (
    typeof h === 'object' &&
    h !== null &&
    h.newsdesk === 'draft' &&
    Number.isInteger(h.schemaVersion) &&
    Number.isInteger(h.bytes) &&
    typeof h.sha256 === 'string'
  );
}

export function decodeDraft(text: string): Decoded {
  const newline = text.indexOf('\n');
  if (newline < 0) return damaged({ code: 'empty', detail: {} });
  let header: unknown;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return damaged({ code: 'not_draft', detail: {} });
  }
  if (!isHeader(header)) return damaged({ code: 'not_draft', detail: {} });
  if (header.schemaVersion > SCHEMA_VERSION) {
    return {
      ok: false,
      problem: 'newer',
      damage: { code: 'newer', detail: { format: header.schemaVersion, supportedFormat: SCHEMA_VERSION } },
    };
  }
  const body = text.slice(newline + 1).replace(/\n$/, '');
  if (Buffer.byteLength(body) !== header.bytes) {
    return damaged({ code: 'cut_short', detail: { bytes: Buffer.byteLength(body), expectedBytes: header.bytes } });
  }
  if (sha256(body) !== header.sha256) return damaged({ code: 'checksum', detail: {} });
  let raw = JSON.parse(body) as Record<string, unknown>;
  for (let v = header.schemaVersion; v < SCHEMA_VERSION; v++) raw = migrations[v](raw);
  const parsed = DraftSchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0].path.join('.');
    return damaged({ code: 'invalid', detail: field ? { field } : {} });
  }
  return { ok: true, draft: parsed.data, schemaVersion: header.schemaVersion };
}
