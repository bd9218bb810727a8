import type { PhotoErrorCode } from '../../../shared/article/photo';
import { storageError } from '../errors';

/**
 * A photo that could not be imported, worded for the person at the desk:
 * "canon.jpg: the file is damaged (ends early) — ask for it again".
 */
export class PhotoError extends Error {
  constructor(
    readonly code: PhotoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoError';
  }
}

const megapixels = (pixels: number) => Math.round(pixels / 1e6);

/** Messages for failures we detect ourselves, before a decoder runs. */
export const photoErrors = {
  empty: (name: string) =>
    new PhotoError('empty', `${name}: the file is empty (0 bytes) — copy it again from the card`),
  folder: (name: string) => new PhotoError('unreadable', `${name}: this is a folder, not a photo`),
  notAnImage: (name: string, looksLike?: string) =>
    new PhotoError(
      'not_an_image',
      looksLike
        ? `${name}: this is not a photo (it is ${looksLike}) — ask for the original picture`
        : `${name}: this is not a photo file — ask for the original picture`,
    ),
  unsupported: (name: string, format: string) =>
    new PhotoError(
      'unsupported',
      `${name}: ${format} files cannot be imported — save it as JPEG, PNG or TIFF and try again`,
    ),
  tooLarge: (name: string, size: { width: number; height: number } | undefined, limit: number) =>
    new PhotoError(
      'too_large',
      size
        ? `${name}: the picture is too large (${size.width} × ${size.height} px, ${megapixels(size.width * size.height)} megapixels; the limit is ${megapixels(limit)}) — ask for a smaller version`
        : `${name}: the picture is too large (more than ${megapixels(limit)} megapixels) — ask for a smaller version`,
    ),
  fileTooLarge: (name: string, bytes: number, limit: number) =>
    new PhotoError(
      'too_large',
      `${name}: the file is too large (${Math.round(bytes / 2 ** 20)} MiB; the limit is ${Math.round(limit / 2 ** 20)} MiB) — ask for a smaller version`,
    ),
  cancelled: (name: string) => new PhotoError('cancelled', `${name}: import cancelled`),
};

const damaged = (name: string, why: string) =>
  new PhotoError('damaged', `${name}: the file is damaged (${why}) — ask for it again`);

/**
 * Whether a JPEG's bytes stop before its end-of-image marker (FF D9), trailing padding aside.
 * Asked only after a decode failed: libvips sometimes reports a cut-short file as "Unknown error"
 * (its error text is shared between threads), and the bytes still say what happened.
 */
export function jpegEndsEarly(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let end = bytes.length;
  while (end > 2 && [0x00, 0x0a, 0x0d, 0x20].includes(bytes[end - 1])) end--;
  return !(bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9);
}

/**
 * Turns whatever a read, a decoder or a write threw into one clear per-file error; `bytes` (the
 * file, when it was read) explains a decoder failure whose message says nothing.
 */
export function classifyPhotoError(error: unknown, name: string, bytes?: Uint8Array): PhotoError {
  if (error instanceof PhotoError) return error;
  if (isAbort(error)) return photoErrors.cancelled(name);
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const syscall = (error as NodeJS.ErrnoException | undefined)?.syscall;
  if (typeof errno === 'string' && errno.startsWith('E')) {
    if (syscall === 'open' || syscall === 'read' || syscall === 'stat' || syscall === 'lstat') {
      return unreadable(name, errno);
    }
    return savingFailed(error, name);
  }
  const text = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(text)) return photoErrors.tooLarge(name, undefined, 0x3fff * 0x3fff);
  if (/corrupt header|no image|invalid (marker|header)|not a jpeg/i.test(text))
    return damaged(name, 'its header is unreadable');
  if (
    /premature end|truncated|unexpected end|end of (file|stream|data)|bad seek|short read|not enough data/i.test(text)
  ) {
    return damaged(name, 'ends early');
  }
  if (/unsupported image format/i.test(text)) return photoErrors.notAnImage(name);
  if (/HEIF|heic|libheif/i.test(text)) return damaged(name, 'the HEIC picture could not be decoded');
  if (bytes && jpegEndsEarly(bytes)) return damaged(name, 'ends early');
  return damaged(name, 'it could not be decoded');
}

/** A failure while writing into the draft's folder (the original was read fine). */
export function savingFailed(error: unknown, name: string): PhotoError {
  if (error instanceof PhotoError) return error;
  if (isAbort(error)) return photoErrors.cancelled(name);
  if (typeof (error as NodeJS.ErrnoException | undefined)?.code !== 'string') return classifyPhotoError(error, name);
  return new PhotoError('storage_failed', `${name}: ${storageError('could not be saved in the draft', error).message}`);
}

function unreadable(name: string, errno: string): PhotoError {
  const why: Record<string, string> = {
    ENOENT: 'the file was not found — was the card removed or the file moved?',
    EACCES: 'permission denied — check the file’s permissions',
    EPERM: 'permission denied — check the file’s permissions',
    EISDIR: 'this is a folder, not a photo',
    EIO: 'the card or disk could not be read — check it and try again',
    EBUSY: 'the file is locked by another program',
  };
  return new PhotoError('unreadable', `${name}: cannot be read: ${why[errno] ?? `a disk error (${errno})`}`);
}

export function isAbort(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'AbortError' || (error as NodeJS.ErrnoException).code === 'ABORT_ERR')
  );
}
