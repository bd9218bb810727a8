import { z } from 'zod';
import {
  ImportProgressSchema,
  KeptFieldSchema,
  PhotoFormatSchema,
  PhotoImportResultSchema,
  PhotoMetadataSchema,
  PhotoRecordSchema,
  StrippedSchema,
} from '../../../../shared/article/photo';
import type { DevelopedPhoto } from '../develop';
import type { PhotoOptions } from '../options';

/*
 * The messages between the main process and the photo worker. Both sides parse what they
 * receive: a worker from another build, or a message cut by a crash, is refused, never guessed.
 */

const PhotoOptionsSchema = z.object({
  widths: z.array(z.number().int().positive()).min(1),
  quality: z.number(),
  webp: z.boolean(),
  webpQuality: z.number(),
  keepMore: z.array(z.enum(['headline', 'location', 'date_taken', 'camera'])),
  concurrency: z.number().int().positive(),
  maxPixels: z.number().positive(),
  maxBytes: z.number().positive(),
}) satisfies z.ZodType<PhotoOptions>;

const JobId = z.number().int().nonnegative();

export const ToWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('import'),
    jobId: JobId,
    draftDir: z.string(),
    items: z.array(z.object({ path: z.string(), name: z.string(), keepGps: z.boolean().optional() })),
    settings: PhotoOptionsSchema,
    fsync: z.boolean(),
  }),
  z.object({
    type: z.literal('redevelop'),
    jobId: JobId,
    draftDir: z.string(),
    record: PhotoRecordSchema,
    settings: PhotoOptionsSchema,
  }),
  z.object({ type: z.literal('cancel'), jobId: JobId }),
  /** Nothing is in flight: the worker ends, and its memory goes back to the system. */
  z.object({ type: z.literal('stop') }),
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

// Buffers cross as Uint8Array (structured clone in Electron, 'advanced' serialization in fork).
const EncodedRenditionSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.enum(['jpeg', 'webp']),
  data: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
});

const DevelopedPhotoSchema = z.object({
  format: PhotoFormatSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  metadata: PhotoMetadataSchema,
  caption: z.string(),
  credit: z.string(),
  copyright: z.string(),
  altText: z.string(),
  kept: z.array(KeptFieldSchema),
  stripped: z.array(StrippedSchema),
  renditions: z.array(EncodedRenditionSchema),
});

export const FromWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    jobId: JobId,
    progress: ImportProgressSchema.extend({ result: PhotoImportResultSchema }),
  }),
  z.object({ type: z.literal('imported'), jobId: JobId, results: z.array(PhotoImportResultSchema) }),
  z.object({ type: z.literal('developed'), jobId: JobId, developed: DevelopedPhotoSchema }),
  z.object({
    type: z.literal('failed'),
    jobId: JobId,
    error: z.object({ name: z.string(), message: z.string(), code: z.string().optional() }),
  }),
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;

/** A developed photo as the main process uses it: the renditions' bytes as Buffers again. */
export function developedFrom(message: z.infer<typeof DevelopedPhotoSchema>): DevelopedPhoto {
  return {
    ...message,
    renditions: message.renditions.map((r) => ({
      ...r,
      data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength),
    })),
  };
}
