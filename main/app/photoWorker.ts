import { utilityProcess } from 'electron';
import type { WorkerLauncher } from '../services/photos/jobs/PhotoWorkerPool';

/**
 * The photo worker in the app: an Electron utilityProcess running the same entry as the web
 * host's fork (out/main/photoWorker.js), so a 200-photo import never stalls the window or the
 * menus, and the batch's memory goes back to the system when the process ends.
 */
export function utilityProcessLauncher(entry: string): WorkerLauncher {
  return () => {
    const child = utilityProcess.fork(entry, [], {
      serviceName: 'Newsdesk photos',
      // glibc makes up to 8 arenas per core for libvips' threads; two keep the worker's RSS flat.
      env: { ...process.env, MALLOC_ARENA_MAX: '2' },
      stdio: 'inherit',
    });
    return {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.once('exit', listener),
      kill: () => void child.kill(),
    };
  };
}
