import { createHash } from 'node:crypto';
import { DraftSchema, type Draft } from '../../../shared/article/draft';

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
  { ok: true; draft: Draft; schemaVersion: number } | { ok: false; problem: 'damaged' | 'newer'; detail: string };

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
  if (newline < 0) return { ok: false, problem: 'damaged', detail: 'no header line (empty or cut short)' };
  let header: unknown;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return { ok: false, problem: 'damaged', detail: 'unreadable header' };
  }
  if (!isHeader(header)) return { ok: false, problem: 'damaged', detail: 'not a Newsdesk draft header' };
  if (header.schemaVersion > SCHEMA_VERSION) {
    return {
      ok: false,
      problem: 'newer',
      detail: `written by a newer Newsdesk (draft format ${header.schemaVersion}, this version reads up to ${SCHEMA_VERSION})`,
    };
  }
  const body = text.slice(newline + 1).replace(/\n$/, '');
  if (Buffer.byteLength(body) !== header.bytes) {
    return { ok: false, problem: 'damaged', detail: `cut short (${Buffer.byteLength(body)} of ${header.bytes} bytes)` };
  }
  if (sha256(body) !== header.sha256) return { ok: false, problem: 'damaged', detail: 'checksum mismatch' };
  let raw = JSON.parse(body) as Record<string, unknown>;
  for (let v = header.schemaVersion; v < SCHEMA_VERSION; v++) raw = migrations[v](raw);
  const parsed = DraftSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, problem: 'damaged', detail: `invalid draft: ${parsed.error.issues[0].message}` };
  return { ok: true, draft: parsed.data, schemaVersion: header.schemaVersion };
}
