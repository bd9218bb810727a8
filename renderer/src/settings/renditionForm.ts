import { RENDITION_LIMITS, type RenditionSettings } from '../../../shared/contract/renditionSettings';

/** What the photo editor types: the widths as one line ("2048, 1280, 640"), qualities as text. */
export interface RenditionForm {
  widths: string;
  quality: string;
  webp: boolean;
  webpQuality: string;
}

/** A reason the form cannot be saved; the UI words it in its language. */
export type RenditionProblem =
  | { field: 'widths'; code: 'empty' }
  | { field: 'widths'; code: 'notWidth'; text: string }
  | { field: 'widths'; code: 'outOfRange'; width: number }
  | { field: 'widths'; code: 'twice'; width: number }
  | { field: 'widths'; code: 'tooMany'; count: number }
  | { field: 'quality' | 'webpQuality'; code: 'quality'; text: string };

export type RenditionFormResult =
  { ok: true; settings: RenditionSettings } | { ok: false; problems: RenditionProblem[] };

export const formOf = (settings: RenditionSettings): RenditionForm => ({
  widths: settings.widths.join(', '),
  quality: String(settings.quality),
  webp: settings.webp,
  webpQuality: String(settings.webpQuality),
});

/** "2048", "2048px", "2048 px": whole pixels; commas, spaces, slashes or semicolons between them. */
const WIDTH = /^(\d{1,6})(?:px)?$/i;

function readWidths(text: string): { widths: number[]; problems: RenditionProblem[] } {
  const tokens = text
    .replace(/(\d)\s+px\b/gi, '$1px')
    .split(/[\s,;/]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return { widths: [], problems: [{ field: 'widths', code: 'empty' }] };
  const problems: RenditionProblem[] = [];
  const widths: number[] = [];
  for (const token of tokens) {
    const match = WIDTH.exec(token);
    if (!match) {
      problems.push({ field: 'widths', code: 'notWidth', text: token });
      continue;
    }
    const width = Number(match[1]);
    if (width < RENDITION_LIMITS.minWidth || width > RENDITION_LIMITS.maxWidth)
      problems.push({ field: 'widths', code: 'outOfRange', width });
    else if (widths.includes(width)) {
      // Said once, however often it is repeated.
      if (!problems.some((p) => p.code === 'twice' && p.width === width))
        problems.push({ field: 'widths', code: 'twice', width });
    } else widths.push(width);
  }
  if (tokens.length > RENDITION_LIMITS.maxWidths)
    problems.push({ field: 'widths', code: 'tooMany', count: tokens.length });
  return { widths: widths.sort((a, b) => b - a), problems };
}

function readQuality(field: 'quality' | 'webpQuality', text: string): number | RenditionProblem {
  const trimmed = text.trim();
  const value = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : NaN;
  return value >= RENDITION_LIMITS.minQuality && value <= RENDITION_LIMITS.maxQuality
    ? value
    : { field, code: 'quality', text: trimmed };
}

/**
 * The settings the form says, widths largest first; or every problem at once, so the photo editor
 * fixes them in one go. Nothing is saved from a form with a problem.
 */
export function readRenditionForm(form: RenditionForm): RenditionFormResult {
  const { widths, problems } = readWidths(form.widths);
  const quality = readQuality('quality', form.quality);
  const webpQuality = readQuality('webpQuality', form.webpQuality);
  if (typeof quality !== 'number') problems.push(quality);
  if (typeof webpQuality !== 'number') problems.push(webpQuality);
  if (problems.length > 0 || typeof quality !== 'number' || typeof webpQuality !== 'number')
    return { ok: false, problems };
  return { ok: true, settings: { widths, quality, webp: form.webp, webpQuality } };
}
