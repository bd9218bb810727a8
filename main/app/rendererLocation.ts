import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the renderer comes from: electron-vite's dev server while developing, the built files
 * (out/renderer) otherwise. Navigation, IPC and permission checks all ask this one question.
 * No 'electron' here, so it is unit-tested under plain Node.
 */
export type RendererLocation =
  { kind: 'devServer'; url: string; origin: string } | { kind: 'files'; root: string; indexFile: string };

export function rendererLocation(options: {
  /** ELECTRON_RENDERER_URL; pass it only when the app is not packaged. */
  devServerUrl?: string;
  /** The built renderer folder (out/renderer). */
  root: string;
}): RendererLocation {
  if (options.devServerUrl) {
    const url = new URL(options.devServerUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`The renderer dev server must be http(s), not ${url.protocol}`);
    }
    return { kind: 'devServer', url: url.href, origin: url.origin };
  }
  const root = path.resolve(options.root);
  return { kind: 'files', root, indexFile: path.join(root, 'index.html') };
}

/** True when `url` is a page of our renderer: the dev server's origin, or a file under root. */
export function isRendererUrl(url: string, renderer: RendererLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (renderer.kind === 'devServer') {
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === renderer.origin;
  }
  // A host would mean a UNC share (file://server/…), never our install folder.
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  let file: string;
  try {
    file = fileURLToPath(parsed); // rejects encoded slashes; '..' is already resolved by URL
  } catch {
    return false;
  }
  const relative = path.relative(renderer.root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
