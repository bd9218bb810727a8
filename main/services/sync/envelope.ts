import { createHash } from 'node:crypto';
import type { z } from 'zod';

/*
 * The outbox's files use the drafts store's envelope (main/services/drafts/envelope.ts): a header
 * line with what the file is, its format, byte length and SHA-256, then the JSON body. A torn or
 * garbled file fails the check and is never half-read. drafts/envelope.ts is written for drafts
 * alone (its kind, its schema, its migrations), so the same header is made here for any schema;
 * the queued draft itself is stored with the drafts envelope unchanged.
 */

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function encodeEnvelope(kind: string, version: number, value: unknown): string {
  const body = JSON.stringify(value);
  const header = { newsdesk: kind, schemaVersion: version, bytes: Buffer.byteLength(body), sha256: sha256(body) };
  return `${JSON.stringify(header)}\n${body}\n`;
}

export type Opened<T> = { ok: true; value: T } | { ok: false; problem: 'damaged' | 'newer' };

export function decodeEnvelope<S extends z.ZodType>(
  text: string,
  kind: string,
  version: number,
  schema: S,
): Opened<z.output<S>> {
  const newline = text.indexOf('\n');
  if (newline < 0) return { ok: false, problem: 'damaged' };
  let header: { newsdesk?: unknown; schemaVersion?: unknown; bytes?: unknown; sha256?: unknown };
  try {
    header = JSON.parse(text.slice(0, newline)) as typeof header;
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (header?.newsdesk !== kind || typeof header.schemaVersion !== 'number') return { ok: false, problem: 'damaged' };
  if (header.schemaVersion > version) return { ok: false, problem: 'newer' };
  const body = text.slice(newline + 1).replace(/\n$/, '');
  if (Buffer.byteLength(body) !== header.bytes || sha256(body) !== header.sha256)
    return { ok: false, problem: 'damaged' };
  const parsed = schema.safeParse(JSON.parse(body));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: 'damaged' };
}
