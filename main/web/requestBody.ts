import type { IncomingMessage } from 'node:http';
import { PHOTO_STAGE_MAX_BYTES } from '../../shared/contract/photos';

export type Body = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };
export type Bytes = { ok: true; bytes: Buffer } | Extract<Body, { ok: false }>;

/** 1 MiB is 2^20 bytes. */
const MiB = 2 ** 20;

/**
 * The largest request body an operation may send. A story is text: its longest template body
 * (see main/api/limits.ts) is a few hundred KiB of Lexical JSON, so 8 MiB is generous and bounds
 * what one request can make the host hold. photos.stage alone carries a whole picture, as its raw
 * bytes (see stageBody.ts): the contract's largest file.
 */
export const REQUEST_CAP_BYTES = 8 * MiB;
export const PHOTO_REQUEST_CAP_BYTES = PHOTO_STAGE_MAX_BYTES;
/** photos.stage alone sends bytes (a picture, see stageBody.ts); every other operation is JSON. */
export const sendsBytes = (operation: string): boolean => operation === 'photos.stage';
export const requestCapOf = (operation: string): number =>
  sendsBytes(operation) ? PHOTO_REQUEST_CAP_BYTES : REQUEST_CAP_BYTES;

/** `application/json`, with parameters (charset) or none; `application/jsonx` is not JSON. */
export function isJsonMediaType(header: string | undefined): boolean {
  return /^\s*application\/json\s*(;.*)?$/i.test(header ?? '');
}

/** `application/octet-stream`: how photos.stage sends a file's bytes. */
export function isBytesMediaType(header: string | undefined): boolean {
  return /^\s*application\/octet-stream\s*(;.*)?$/i.test(header ?? '');
}

const tooLarge = (limit: number): Bytes => ({
  ok: false,
  status: 413,
  message: `The request is too large (the limit is ${Math.round(limit / MiB)} MiB)`,
});

export const invalid = (message: string): Extract<Body, { ok: false }> => ({ ok: false, status: 400, message });

/**
 * Reads a body of at most `limit` bytes, counting as it arrives: past the limit nothing more is
 * kept (memory stays bounded by the limit), it answers at once and drops the rest as it arrives —
 * closing the connection while the browser still sends would reset it before the 413 is read.
 */
export function readBytes(req: IncomingMessage, limit: number): Promise<Bytes> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    return Promise.resolve(tooLarge(limit));
  }
  return new Promise<Bytes>((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        chunks = [];
        resolve(tooLarge(limit));
      }
    });
    req.on('error', reject);
    // A sender that went away mid-body: settle, so nothing waits (or holds the chunks) forever.
    req.on('close', () => resolve(invalid('The request ended early')));
    req.on('end', () => {
      if (size > limit) return;
      const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      chunks = [];
      resolve({ ok: true, bytes });
    });
  });
}

/** A JSON body of at most `limit` bytes. Bytes that are not UTF-8 are refused, never stored as U+FFFD. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<Body> {
  const body = await readBytes(req, limit);
  if (!body.ok) return body;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    return invalid('The request body is not valid UTF-8 text');
  }
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return invalid('The request body is not valid JSON');
  }
}
