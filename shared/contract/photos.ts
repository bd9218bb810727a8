import { z } from 'zod';
import { DraftIdSchema } from '../article/draft';
import { PhotoIdSchema, PhotoImportResultSchema, PhotoRecordSchema } from '../article/photo';
import { operation } from './operation';

const BatchIdSchema = z.string().regex(/^[a-z0-9-]{8,64}$/);
const StagedIdSchema = z.string().regex(/^[a-z0-9-]{8,64}$/);
const empty = z.object({}).strict();

/** The largest file photos.stage takes: 135 MB, what 180 million characters of base64 held. */
export const PHOTO_STAGE_MAX_BYTES = 135_000_000;

/** Editable text of a photo; every field optional in an update. */
const PhotoTextSchema = z.object({
  caption: z.string().max(5000),
  credit: z.string().max(500),
  altText: z.string().max(2000),
  copyright: z.string().max(500),
  /** GPS stays in renditions only by this explicit, per-photo choice. */
  keepGps: z.boolean(),
});

export const photosOperations = {
  /** The draft's photos, oldest import first. */
  'photos.list': operation(
    z.object({ draftId: DraftIdSchema }).strict(),
    z.object({ photos: z.array(PhotoRecordSchema) }),
  ),
  /**
   * Hands one picked, dropped or pasted file to main. The page passes the File itself (a Blob): the
   * web bridge sends it as the raw request body (see main/web/stageBody.ts), which the browser
   * streams from the file with no copy on the page's thread — copying bytes into fetch() cost the
   * editor ~80 ms a photo, a dropped keystroke frame each. The preload reads a Blob into bytes for
   * IPC (bytesForIpc), so main meets a Uint8Array from either side. Never base64. The file waits
   * in the data folder's incoming/ until photos.import takes it.
   */
  'photos.stage': operation(
    z
      .object({
        draftId: DraftIdSchema,
        name: z.string().min(1).max(255),
        data: z
          .union([z.instanceof(Uint8Array), z.instanceof(Blob)])
          .refine((data) => (data instanceof Blob ? data.size : data.byteLength) <= PHOTO_STAGE_MAX_BYTES, {
            message: `The file is larger than ${PHOTO_STAGE_MAX_BYTES} bytes`,
          }),
      })
      .strict(),
    z.object({ stagedId: StagedIdSchema }),
  ),
  /** Imports staged files as one batch; photos.progress reports each photo; resolves at the end. */
  'photos.import': operation(
    z
      .object({
        draftId: DraftIdSchema,
        batchId: BatchIdSchema,
        files: z
          .array(z.object({ stagedId: StagedIdSchema, name: z.string().min(1).max(255) }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
    z.object({ results: z.array(PhotoImportResultSchema) }),
  ),
  /** Stops a batch: photos not started are skipped ("cancelled"); finished ones stay. */
  'photos.cancel': operation(z.object({ batchId: BatchIdSchema }).strict(), empty),
  'photos.update': operation(
    z.object({ draftId: DraftIdSchema, photoId: PhotoIdSchema }).extend(PhotoTextSchema.partial().shape).strict(),
    z.object({ photo: PhotoRecordSchema }),
  ),
  /** The photo desk's "apply credit/copyright to selected". */
  'photos.updateMany': operation(
    z
      .object({
        draftId: DraftIdSchema,
        photoIds: z.array(PhotoIdSchema).min(1).max(500),
        credit: z.string().max(500).optional(),
        copyright: z.string().max(500).optional(),
      })
      .strict(),
    z.object({ photos: z.array(PhotoRecordSchema) }),
  ),
};

export const photosEvents = {
  'photos.progress': z.object({
    draftId: DraftIdSchema,
    batchId: BatchIdSchema,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    /** The photo that just finished (or failed), by its file name. */
    result: PhotoImportResultSchema,
  }),
  /** A photo was imported or its caption, credit, alt text or copyright changed. */
  'photos.changed': z.object({ draftId: DraftIdSchema, photo: PhotoRecordSchema }),
};
