import { z } from 'zod';

/**
 * The photo desk's rendition settings: which widths every imported photo gets, and how they are
 * encoded. Bounds a photo desk can live with: 64 px is smaller than any thumbnail a CMS asks for,
 * 8192 px larger than any page shows; eight sizes are more than any outlet publishes.
 */
export const RENDITION_LIMITS = {
  minWidth: 64,
  maxWidth: 8192,
  maxWidths: 8,
  minQuality: 40,
  maxQuality: 100,
} as const;

const quality = z.number().int().min(RENDITION_LIMITS.minQuality).max(RENDITION_LIMITS.maxQuality);

export const RenditionSettingsSchema = z.object({
  /** Largest first, each once; the smallest is also the photo desk's thumbnail. */
  widths: z
    .array(z.number().int().min(RENDITION_LIMITS.minWidth).max(RENDITION_LIMITS.maxWidth))
    .min(1)
    .max(RENDITION_LIMITS.maxWidths)
    .refine((widths) => new Set(widths).size === widths.length, 'each width once')
    .refine((widths) => widths.every((w, i) => i === 0 || widths[i - 1] > w), 'largest first'),
  /** JPEG quality. */
  quality,
  /** Also a WebP beside each JPEG. */
  webp: z.boolean(),
  /** Older settings files have no WebP quality: they get the pipeline's default. */
  webpQuality: quality.default(80),
});
export type RenditionSettings = z.infer<typeof RenditionSettingsSchema>;

export const DEFAULT_RENDITION_SETTINGS: RenditionSettings = {
  widths: [2048, 1280, 640, 320],
  quality: 82,
  webp: false,
  webpQuality: 80,
};
