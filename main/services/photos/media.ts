import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { DraftIdSchema } from '../../../shared/article/draft';

/** Content types of the files media URLs may name: renditions only, never originals. */
export const MEDIA_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.png': 'image/png',
};

export const mediaTypeOf = (file: string): string | undefined => MEDIA_TYPES[path.extname(file).toLowerCase()];

/**
 * The file a media URL names, or null. `urlPath` is the URL's path after the media base, still
 * percent-encoded: "<draftId>/photos/renditions/<photo>/1280.jpg". Only a draft's renditions are
 * served; encoded separators, dot segments and anything resolving outside the draft's
 * renditions folder are refused.
 */
export function mediaFileFor(dataDir: string, urlPath: string): string | null {
  if (/%(2f|5c|00)/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.replace(/^\/+/, ''));
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const [draftId, photos, renditions, ...rest] = decoded.split('/');
  if (!DraftIdSchema.safeParse(draftId).success || photos !== 'photos' || renditions !== 'renditions') return null;
  if (rest.length === 0 || rest.some((part) => part === '' || part === '.' || part === '..')) return null;
  if (mediaTypeOf(rest[rest.length - 1]) === undefined) return null;
  const root = path.resolve(dataDir, 'drafts', draftId, 'photos', 'renditions');
  const file = path.resolve(root, ...rest);
  return file.startsWith(root + path.sep) ? file : null;
}

/** True when `inner` is `outer` itself or lies inside it. */
const isInside = (outer: string, inner: string) => inner === outer || inner.startsWith(outer + path.sep);

/**
 * The bytes of the rendition a media URL names, or null. Beyond mediaFileFor's checks on the
 * name, the file itself must be a regular file whose real path (every symlink followed) lies
 * inside the data folder's real path: a link planted in a renditions folder — to /etc/passwd, or
 * a folder link to anywhere — serves nothing. The checks run on the opened file (fstat), so a
 * swap between check and read cannot slip a different kind of file in.
 */
export async function readMediaFile(dataDir: string, urlPath: string): Promise<{ file: string; body: Buffer } | null> {
  const file = mediaFileFor(dataDir, urlPath);
  if (file === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(dataDir), fs.realpath(file)]);
    if (!isInside(realRoot, realFile) || realFile !== path.join(realRoot, path.relative(dataDir, file))) return null;
    const handle = await fs.open(realFile, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
    try {
      if (!(await handle.stat()).isFile()) return null;
      return { file, body: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
