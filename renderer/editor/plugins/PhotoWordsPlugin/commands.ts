import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';
// Types only: the photo component dispatches these, and the node loads that component lazily.
import type { CaptionedPhotoField } from '../../nodes/CaptionedPhotoNode';

/** A caption, credit or alt text typed in a placed photo. */
export const EDIT_PHOTO_WORDS_COMMAND: LexicalCommand<{ nodeKey: NodeKey; field: CaptionedPhotoField; value: string }> =
  createCommand('EDIT_PHOTO_WORDS_COMMAND');

/** "Use a different caption here" (own: true), or back to the photo's caption (own: false). */
export const OWN_PHOTO_WORDS_COMMAND: LexicalCommand<{ nodeKey: NodeKey; own: boolean }> =
  createCommand('OWN_PHOTO_WORDS_COMMAND');
