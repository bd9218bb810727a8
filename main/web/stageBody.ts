import type { IncomingMessage } from 'node:http';
import { readBytes, type Body } from './requestBody';

/**
 * photos.stage over HTTP: the file's bytes are the whole body (application/octet-stream, sent by
 * the page as the file itself, so the browser reads it off the UI thread), draftId and name ride in
 * the query string. Nothing is decoded or parsed: the request the dispatcher checks is
 * `{ draftId, name, data }`, exactly as over IPC. A body past `limit` is refused before anything
 * reaches incoming/.
 */
export async function readStageRequest(req: IncomingMessage, url: URL, limit: number): Promise<Body> {
  const body = await readBytes(req, limit);
  if (!body.ok) return body;
  const { bytes } = body;
  return {
    ok: true,
    value: {
      draftId: url.searchParams.get('draftId') ?? undefined,
      name: url.searchParams.get('name')?.normalize('NFC') ?? undefined,
      data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    },
  };
}
