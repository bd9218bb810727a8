import type { LooksLike, PhotoErrorCause, PhotoErrorCode, PhotoErrorDetail } from '../../../shared/contract';
import { storageError } from '../errors';

/**
 * A photo that could not be imported. `code` and `detail` cross the boundary and the UI words
 * them in the reader's language; `message` is the English sentence for the command line and logs:
 * "canon.jpg: the file is damaged (ends early) — ask for it again".
 */
export class PhotoError extends Error {
  constructor(
    readonly code: PhotoErrorCode,
    message: string,
    readonly detail: PhotoErrorDetail = {},
  ) {
    super(message);
    this.name = 'PhotoError';
  }

  /** What an import result carries. */
  toResultError(): { code: PhotoErrorCode; detail: PhotoErrorDetail; message: string } {
    return { code: this.code, detail: this.detail, message: this.message };
  }
}

const megapixels = (pixels: number) => Math.round(pixels / 1e6);
const mebibytes = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The English name of what a non-photo looks like, for the message. */
const looksLikeWords: Record<LooksLike, string> = {
  video: 'a video',
  pdf: 'a PDF document',
  zip: 'a ZIP archive',
  web_page: 'a web page',
  xml: 'an XML file',
};

/** Messages for failures we detect ourselves, before a decoder runs. */
export const photoErrors = {
  empty: (name: string) =>
    new PhotoError('empty', `${name}: the file is empty (0 bytes) — copy it again from the card`),
  folder: (name: string) => new PhotoError('unreadable', `${name}: this is a folder, not a photo`, { cause: 'folder' }),
  notAnImage: (name: string, looksLike?: LooksLike) =>
    new PhotoError(
      'not_an_image',
      looksLike
        ? `${name}: this is not a photo (it is ${looksLikeWords[looksLike]}) — ask for the original picture`
        : `${name}: this is not a photo file — ask for the original picture`,
      looksLike ? { looksLike } : {},
    ),
  unsupported: (name: string, format?: string) =>
    new PhotoError(
      'unsupported',
      `${name}: ${format ?? 'these'} files cannot be imported — save it as JPEG, PNG or TIFF and try again`,
      format ? { format } : {},
    ),
  tooLarge: (name: string, size: { width: number; height: number } | undefined, limit: number) =>
    size
      ? new PhotoError(
          'too_large',
          `${name}: the picture is too large (${size.width} × ${size.height} px, ${megapixels(size.width * size.height)} megapixels; the limit is ${megapixels(limit)}) — ask for a smaller version`,
          {
            width: size.width,
            height: size.height,
            megapixels: megapixels(size.width * size.height),
            limitMegapixels: megapixels(limit),
          },
        )
      : new PhotoError(
          'too_large',
          `${name}: the picture is too large (more than ${megapixels(limit)} megapixels) — ask for a smaller version`,
          { limitMegapixels: megapixels(limit) },
        ),
  fileTooLarge: (name: string, bytes: number, limit: number) =>
    new PhotoError(
      'too_large',
      `${name}: the file is too large (${mebibytes(bytes)} MiB; the limit is ${mebibytes(limit)} MiB) — ask for a smaller version`,
      { mebibytes: mebibytes(bytes), limitMebibytes: mebibytes(limit) },
    ),
  cancelled: (name: string) => new PhotoError('cancelled', `${name}: import cancelled`),
  /** The photo process stopped before this photo was done; nothing half-made is kept, the file stays. */
  interrupted: (name: string) =>
    new PhotoError(
      'interrupted',
      `${name}: the photo work stopped unexpectedly before this photo was done — try again`,
    ),
  /** A staged file that is no longer waiting (taken by an earlier import, or swept). */
  noLongerStaged: (name: string) =>
    new PhotoError('unreadable', `${name}: the file is no longer waiting to be imported — add it again`, {
      cause: 'no_longer_staged',
    }),
};

const damageWords: Record<'ends_early' | 'bad_header' | 'heic', string> = {
  ends_early: 'ends early',
  bad_header: 'its header is unreadable',
  heic: 'the HEIC picture could not be decoded',
};
const damaged = (name: string, cause?: keyof typeof damageWords) =>
  new PhotoError(
    'damaged',
    `${name}: the file is damaged (${cause ? damageWords[cause] : 'it could not be decoded'}) — ask for it again`,
    cause ? { cause } : {},
  );

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
  if (/corrupt header|no image|invalid (marker|header)|not a jpeg/i.test(text)) return damaged(name, 'bad_header');
  if (
    /premature end|truncated|unexpected end|end of (file|stream|data)|bad seek|short read|not enough data/i.test(text)
  ) {
    return damaged(name, 'ends_early');
  }
  if (/unsupported image format/i.test(text)) return photoErrors.notAnImage(name);
  if (/HEIF|heic|libheif/i.test(text)) return damaged(name, 'heic');
  if (bytes && jpegEndsEarly(bytes)) return damaged(name, 'ends_early');
  return damaged(name);
}

/** A failure while writing into the draft's folder (the original was read fine). */
export function savingFailed(error: unknown, name: string): PhotoError {
  if (error instanceof PhotoError) return error;
  if (isAbort(error)) return photoErrors.cancelled(name);
  if (typeof (error as NodeJS.ErrnoException | undefined)?.code !== 'string') return classifyPhotoError(error, name);
  const failure = storageError('could not be saved in the draft', error);
  return new PhotoError(
    'storage_failed',
    `${name}: ${failure.message}`,
    failure.reason ? { reason: failure.reason } : {},
  );
}

const unreadableCauses: Partial<Record<string, [PhotoErrorCause, string]>> = {
  ENOENT: ['not_found', 'the file was not found — was the card removed or the file moved?'],
  EACCES: ['permission', 'permission denied — check the file’s permissions'],
  EPERM: ['permission', 'permission denied — check the file’s permissions'],
  EISDIR: ['folder', 'this is a folder, not a photo'],
  EIO: ['disk', 'the card or disk could not be read — check it and try again'],
  EBUSY: ['locked', 'the file is locked by another program'],
};

function unreadable(name: string, errno: string): PhotoError {
  const known = unreadableCauses[errno];
  if (known) return new PhotoError('unreadable', `${name}: cannot be read: ${known[1]}`, { cause: known[0] });
  const osCode = /^E[A-Z0-9]{1,15}$/.test(errno) ? { osCode: errno } : {};
  return new PhotoError('unreadable', `${name}: cannot be read: a disk error (${errno})`, osCode);
}

export function isAbort(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'AbortError' || (error as NodeJS.ErrnoException).code === 'ABORT_ERR')
  );
}
