import { BUILT_IN_TEMPLATES, TemplateSchema } from '../../shared/templates';
import type { OperationName } from '../../shared/contract';

/**
 * Limits on what one request may carry, checked before any recursive pass over it (the
 * dispatcher runs them before zod, NFC and the store). No real article comes near them; they
 * exist so a hostile or broken caller gets a clear refusal instead of a stack overflow or a
 * 50 MB story written twice.
 */

/**
 * JSON nesting (objects and arrays) of a whole request. A Lexical body is
 * request → body → root → children → block → children → text: 7 levels; each level of a nested
 * list adds 2, so 64 allows lists nested ~25 deep — far past anything an editor makes — while
 * staying thousands of frames below the ~1,850 levels that overflowed the stack.
 */
export const MAX_REQUEST_DEPTH = 64;

/** The longest body any built-in template allows, in words (the brief: 200, photo story: 400). */
const longestTemplateBody = Math.max(
  ...BUILT_IN_TEMPLATES.map(({ data }) => TemplateSchema.parse(data).limits.bodyMaxWords ?? 0),
);

/**
 * A story's text, in characters: 100 × the longest template body, at 16 characters a word
 * (Vietnamese words are short: ~5 letters and a space). 400 × 100 × 16 = 640,000 characters —
 * a 60,000-word long read still fits; a 50 MB paste does not.
 */
export const BODY_TEXT_CAP_CHARS = Math.max(longestTemplateBody, 400) * 100 * 16;

/**
 * The whole request as JSON, in characters: 8 MiB, as the web host's request cap (a story's
 * Lexical JSON is a few times its text). photos.stage carries a whole picture as bytes, so its
 * cap is the contract's own (PHOTO_STAGE_MAX_BYTES).
 */
export const REQUEST_CAP_CHARS = 8 * 2 ** 20;

export type LimitProblem = { field: string; message: string };

/** The deepest nesting of objects and arrays in `value`, counted without recursion. */
export function depthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    // A photo's bytes (photos.stage) are one leaf, not millions of children to walk.
    if (item === null || typeof item !== 'object' || ArrayBuffer.isView(item)) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

export function checkLimits(operation: OperationName, payload: unknown): LimitProblem | null {
  if (depthOver(payload, MAX_REQUEST_DEPTH)) {
    return { field: '(request)', message: `The request is nested deeper than ${MAX_REQUEST_DEPTH} levels` };
  }
  if (operation !== 'photos.stage' && JSON.stringify(payload ?? null).length > REQUEST_CAP_CHARS) {
    return { field: '(request)', message: `The request is larger than ${REQUEST_CAP_CHARS / 2 ** 20} MiB` };
  }
  if (operation === 'drafts.save' && payload !== null && typeof payload === 'object' && 'bodyText' in payload) {
    const { bodyText } = payload;
    if (typeof bodyText === 'string' && bodyText.length > BODY_TEXT_CAP_CHARS) {
      return { field: 'bodyText', message: `bodyText: the story is longer than ${BODY_TEXT_CAP_CHARS} characters` };
    }
  }
  return null;
}
