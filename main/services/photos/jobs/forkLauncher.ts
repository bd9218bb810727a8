import { fork } from 'node:child_process';
import type { WorkerLauncher } from './PhotoWorkerPool';

/**
 * The photo worker under plain Node (web host, tests): a child process rather than a worker
 * thread, because a thread shares the main process's heap and malloc arenas — the memory libvips
 * used for a batch would stay with the server — while a process gives all of it back when it
 * ends, and a crash in a native decoder takes only the worker down.
 */
export function forkLauncher(entry: string, options: { execArgv?: string[] } = {}): WorkerLauncher {
  return () => {
    const child = fork(entry, [], {
      // glibc makes up to 8 arenas per core for libvips' threads; two keep the worker's RSS flat.
      env: { ...process.env, MALLOC_ARENA_MAX: '2' },
      execArgv: options.execArgv ?? [],
      // Renditions come back as bytes: V8's serializer carries them, JSON would not.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return {
      post: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => {
        let told = false;
        const tell = (code: number | null) => {
          if (!told) listener(code);
          told = true;
        };
        child.once('exit', tell);
        // A worker that could not start (no entry file, no node) counts as one that ended.
        child.once('error', () => tell(null));
      },
      kill: () => child.kill('SIGKILL'),
    };
  };
}
