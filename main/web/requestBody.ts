import type { IncomingMessage } from 'node:http';

export type Body = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

/** 1 MiB is 2^20 bytes. */
const MiB = 2 ** 20;

/**
 * The largest request body an operation may send. A story is text: its longest template body
 * (see main/api/limits.ts) is a few hundred KiB of Lexical JSON, so 8 MiB is generous and bounds
 * what one request can make the host hold. photos.stage alone carries a whole picture as
 * base64: a 100 MB TIFF is ~135 MB of JSON.
 */
export const REQUEST_CAP_BYTES = 8 * MiB;
export const PHOTO_REQUEST_CAP_BYTES = 200 * MiB;
export const requestCapOf = (operation: string): number =>
  operation === 'photos.stage' ? PHOTO_REQUEST_CAP_BYTES : REQUEST_CAP_BYTES;

/** `application/json`, with parameters (charset) or none; `application/jsonx` is not JSON. */
export function isJsonMediaType(header: string | undefined): boolean {
  return /^\s*application\/json\s*(;.*)?$/i.test(header ?? '');
}

const tooLarge = (limit: number): Body => ({
  ok: false,
  status: 413,
  message: `The request is too large (the limit is ${Math.round(limit / MiB)} MiB)`,
});

const invalid = (message: string): Body => ({ ok: false, status: 400, message });

/**
 * Reads a JSON body of at most `limit` bytes, counting as it arrives: past the limit nothing
 * more is kept (memory stays bounded by the limit), it answers at once and drops the rest as it
 * arrives — closing the connection while the browser still sends would reset it before the 413
 * is read. Bytes that are not UTF-8 are refused, never stored as U+FFFD.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<Body> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    return Promise.resolve(tooLarge(limit));
  }
  return new Promise<Body>((resolve, reject) => {
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
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
      } catch {
        return resolve(invalid('The request body is not valid UTF-8 text'));
      }
      if (text.trim() === '') return resolve({ ok: true, value: {} });
      try {
        resolve({ ok: true, value: JSON.parse(text) as unknown });
      } catch {
        resolve(invalid('The request body is not valid JSON'));
      }
    });
  });
}
