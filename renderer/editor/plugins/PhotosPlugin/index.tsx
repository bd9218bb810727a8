import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type LexicalCommand,
} from 'lexical';
import { useEffect } from 'react';
import { z } from 'zod';
import {
  $createCaptionedPhotoNode,
  CaptionedPhotoNode,
  type CaptionedPhotoPayload,
} from '../../nodes/CaptionedPhotoNode';
import { dropPointOf } from './dropPoint';

/** Places a photo at the selection (or at the end of the body when there is none). */
export const INSERT_CAPTIONED_PHOTO_COMMAND: LexicalCommand<CaptionedPhotoPayload> = createCommand(
  'INSERT_CAPTIONED_PHOTO_COMMAND',
);

/** The drag type a photo tile on the desk carries: `{ "photoId": "…" }`. */
export const PHOTO_DRAG_TYPE = 'application/x-newsdesk-photo';
const DraggedPhotoSchema = z.object({ photoId: z.string().regex(/^[0-9a-f]{64}$/) });

/** Reads the dragged photo's id; anything else (a foreign drag, broken JSON) is undefined. */
export function draggedPhotoId(data: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
  const parsed = DraggedPhotoSchema.safeParse(value);
  return parsed.success ? parsed.data.photoId : undefined;
}

const carriesPhoto = (event: DragEvent) => event.dataTransfer?.types.includes(PHOTO_DRAG_TYPE) ?? false;

/** Moves the selection to where the pointer let go, so the photo lands at the drop point. */
function $selectAtPoint(event: DragEvent): void {
  const point = dropPointOf(event, document);
  if (!point) return;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  const selection = $createRangeSelection();
  selection.applyDOMRange(range);
  $setSelection(selection);
}

function $insertPhoto(payload: CaptionedPhotoPayload): void {
  const node = $createCaptionedPhotoNode(payload);
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    $insertNodeToNearestRoot(node);
    return;
  }
  const root = $getRoot();
  root.append(node);
  // A paragraph after it, so the reporter can keep writing below the photo.
  const paragraph = $createParagraphNode();
  root.append(paragraph);
  paragraph.select();
}

export interface PhotosPluginProps {
  /** What the desk knows about a photo id, for a tile dropped into the body. */
  lookup: (photoId: string) => CaptionedPhotoPayload | undefined;
}

/** Captioned photos in the body: placed by command ("Place in body") or by dropping a desk tile. */
export function PhotosPlugin({ lookup }: PhotosPluginProps): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!editor.hasNodes([CaptionedPhotoNode]))
      throw new Error('PhotosPlugin: CaptionedPhotoNode is not registered on the editor');
    return mergeRegister(
      editor.registerCommand(
        INSERT_CAPTIONED_PHOTO_COMMAND,
        (payload) => {
          $insertPhoto(payload);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!carriesPhoto(event)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          if (!carriesPhoto(event)) return false;
          event.preventDefault();
          const photoId = draggedPhotoId(event.dataTransfer?.getData(PHOTO_DRAG_TYPE) ?? '');
          const payload = photoId ? lookup(photoId) : undefined;
          if (!payload) return true;
          $selectAtPoint(event);
          $insertPhoto(payload);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, lookup]);

  return null;
}
