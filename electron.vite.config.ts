import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicyMeta } from './shared/security/contentSecurityPolicy';

const here = (p: string) => resolve(import.meta.dirname, p);

/** Writes the page's CSP <meta> into index.html from the one policy (shared/security), first in <head>. */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'newsdesk-content-security-policy',
    transformIndexHtml: (_html, context) => [
      { ...contentSecurityPolicyMeta({ devServer: context.server !== undefined }), injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // index: the Electron shell; web: the loopback web host (plain Node, no Electron);
        // photoWorker: the photo process both start (utilityProcess / child_process.fork).
        input: {
          index: here('main/app/index.ts'),
          web: here('main/web/cli.ts'),
          photoWorker: here('main/services/photos/jobs/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron' (and a few built-ins): bundle zod & co.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: here('main/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: here('renderer'),
    plugins: [react(), contentSecurityPolicyPlugin()],
    build: {
      outDir: here('out/renderer'),
      // Parsing ~1.5 MB of unminified script is most of a cold open; minified it is a third.
      minify: true,
      sourcemap: true,
      rolldownOptions: {
        input: {
          index: here('renderer/index.html'),
          // window.newsdesk over fetch + SSE, injected by the web host only.
          'web-bridge': here('renderer/web-bridge/index.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'web-bridge' ? 'web-bridge.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  },
});
