import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';

/**
 * HEIC (iPhone) pictures: sharp's prebuilt libvips has no HEVC decoder, so heic-decode (libheif
 * compiled to WebAssembly) decodes them. It applies the container's rotation and mirroring
 * (irot/imir) itself, so the pixels come out upright and the EXIF Orientation must NOT be
 * applied again.
 *
 * The decode is synchronous WebAssembly that takes seconds for a 12 MP photo, so it runs in a
 * worker thread: the main process's event loop (IPC, the web host) stays free, and the worker's
 * WebAssembly memory is released when it ends. The worker's code is a string so that every
 * runner (tsx, vitest, the CLI bundle, electron-vite) ships it without a bundler rule.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const decode = require(workerData.decoderPath);
parentPort.once('message', async (buffer) => {
  try {
    const image = await decode({ buffer: new Uint8Array(buffer) });
    const data = image.data;
    parentPort.postMessage({ width: image.width, height: image.height, data }, [data.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});
`;

export interface RgbaImage {
  width: number;
  height: number;
  /** 8-bit RGBA, upright. */
  data: Buffer;
}

let decoderPath: string | undefined;

export async function decodeHeic(file: Uint8Array, signal?: AbortSignal): Promise<RgbaImage> {
  decoderPath ??= createRequire(import.meta.url).resolve('heic-decode');
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { decoderPath } });
    const onAbort = () => finish(() => reject(signal?.reason));
    const finish = (settle: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      settle();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('error', (error) => finish(() => reject(new Error(`HEIC decoder failed: ${error.message}`))));
    worker.once('message', (message: { error?: string; width: number; height: number; data: Uint8ClampedArray }) =>
      finish(() => {
        if (message.error !== undefined) reject(new Error(`HEIF: ${message.error}`));
        else resolve({ width: message.width, height: message.height, data: Buffer.from(message.data.buffer) });
      }),
    );
    // A copy: the caller keeps the original bytes for hashing and storing.
    worker.postMessage(file.slice().buffer);
  });
}

/**
 * sharp cannot be told the colour profile of raw pixels, and iPhone HEICs are Display P3. To get
 * them converted to sRGB like every other input, the (already shrunk) pixels go through a
 * lossless PNG with the original's ICC profile in an iCCP chunk.
 */
export function pngWithIccProfile(png: Buffer, icc: Buffer): Buffer {
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  const payload = Buffer.concat([Buffer.from('icc\0\0', 'latin1'), deflateSync(icc)]);
  const chunk = Buffer.alloc(12 + payload.length);
  chunk.writeUInt32BE(payload.length, 0);
  chunk.write('iCCP', 4, 'latin1');
  payload.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + payload.length)), 8 + payload.length);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}
