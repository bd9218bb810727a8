import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PORT_FILE, listenOnStablePort, rememberedPort } from './stablePort';

const dirs: string[] = [];
const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) server.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-port-'));
  dirs.push(dir);
  return dir;
}

function listen(port: number): Promise<{ port: number; server: Server }> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      servers.push(server);
      resolve({ port: (server.address() as AddressInfo).port, server });
    });
  });
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('the web host keeps its port per data folder', () => {
  it('remembers the port and takes it again after a restart', async () => {
    const dir = await dataDir();
    const first = await listenOnStablePort(dir, undefined, listen);
    expect(await rememberedPort(dir)).toBe(first.port);
    expect((await stat(path.join(dir, PORT_FILE))).mode & 0o777).toBe(0o600);
    await close(first.server);
    const second = await listenOnStablePort(dir, undefined, listen);
    expect(second.port).toBe(first.port);
  });

  it('falls back to a free port when the remembered one is taken, and remembers that', async () => {
    const dir = await dataDir();
    const squatter = await listen(0);
    await writeFile(path.join(dir, PORT_FILE), JSON.stringify({ port: squatter.port }));
    const host = await listenOnStablePort(dir, undefined, listen);
    expect(host.port).not.toBe(squatter.port);
    expect(await rememberedPort(dir)).toBe(host.port);
  });

  it('--port wins, and a damaged file is ignored', async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, PORT_FILE), 'garbage');
    expect(await rememberedPort(dir)).toBeNull();
    const host = await listenOnStablePort(dir, 0, listen);
    expect(host.port).toBeGreaterThan(0);
    // An explicit port is the reporter's choice for this run, not a new default.
    expect(await rememberedPort(dir)).toBeNull();
  });
});
