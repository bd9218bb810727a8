// Builds the bare Lexical reference page: bare-page.js bundled by esbuild, the body's JSON inlined.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { LexicalState } from '../../../shared/article/draft';

/** Roughly the Newsdesk sheet: same reading width, story font, size and line height. */
const STYLE = `
  body { margin: 0; font-family: system-ui, sans-serif; background: #fbfaf7; }
  #sheet { max-width: 42rem; margin: 2rem auto; padding: 0 1.5rem; }
  .body-editable { min-height: 16rem; outline: none; font-family: 'Noto Serif', Georgia, 'Times New Roman', serif;
    font-size: 1.15rem; line-height: 1.7; overflow-wrap: break-word; }
  .body-paragraph { margin: 0 0 1em; }
  .body-h2 { font-size: 1.35rem; margin: 1.5em 0 0.5em; }
  .body-bold { font-weight: 700; }
  .body-italic { font-style: italic; }
`;

/** Writes index.html + bare.js into `dir`; resolves to the page's file:// URL. */
export async function buildBarePage(dir: string, body: LexicalState): Promise<string> {
  await mkdir(dir, { recursive: true });
  // The same Lexical build the app ships: production, minified.
  await build({
    entryPoints: [path.join(import.meta.dirname, 'bare-page.js')],
    outfile: path.join(dir, 'bare.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  // JSON inside <script>: "</" must not end the element early.
  const json = JSON.stringify(body).replaceAll('</', '<\\/');
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bare Lexical</title><style>${STYLE}</style></head>
<body><main id="sheet"></main><script type="application/json" id="state">${json}</script><script src="bare.js"></script></body></html>`;
  const file = path.join(dir, 'index.html');
  await writeFile(file, html);
  return pathToFileURL(file).href;
}
