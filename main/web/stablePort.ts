import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where the web host remembers its port, in the data folder it serves. */
export const PORT_FILE = 'web-host.json';

const PortFileSchema = z.object({ port: z.number().int().min(1).max(65535) });

/**
 * The port the host used last time on this data folder, or null. The page keeps unsaved text
 * in the browser's storage, which is per origin — per port: the same port after a restart is
 * what lets a reopened tab find its journal again.
 */
export async function rememberedPort(dataDir: string): Promise<number | null> {
  try {
    const parsed = PortFileSchema.safeParse(JSON.parse(await fs.readFile(path.join(dataDir, PORT_FILE), 'utf8')));
    return parsed.success ? parsed.data.port : null;
  } catch {
    return null;
  }
}

export async function rememberPort(dataDir: string, port: number): Promise<void> {
  const file = path.join(dataDir, PORT_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  // Private like the rest of the data folder; a lost write only costs a new port next time.
  await fs.writeFile(temp, JSON.stringify({ port }), { mode: 0o600 });
  await fs.rename(temp, file);
}

/**
 * Starts on `wanted` (or the remembered port) and falls back to a free one when that port is
 * taken; `--port` given explicitly is used as is and fails loudly when taken.
 */
export async function listenOnStablePort<T>(
  dataDir: string,
  explicit: number | undefined,
  start: (port: number) => Promise<T & { port: number }>,
): Promise<T & { port: number }> {
  if (explicit !== undefined) return start(explicit);
  const remembered = await rememberedPort(dataDir);
  let host: T & { port: number };
  try {
    host = await start(remembered ?? 0);
  } catch (error) {
    if (remembered === null || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    host = await start(0);
  }
  if (host.port !== remembered) await rememberPort(dataDir, host.port).catch(() => undefined);
  return host;
}
