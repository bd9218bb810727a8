import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister } from '@lexical/utils';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR, HISTORIC_TAG, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import {
  keepsOwnWords,
  recordsById,
  sameWords,
  type PhotoWords,
  type PhotoWordsRecord,
} from '../../../../shared/article/photoWords';
import { $isCaptionedPhotoNode, CaptionedPhotoNode } from '../../nodes/CaptionedPhotoNode';
import { EDIT_PHOTO_WORDS_COMMAND, OWN_PHOTO_WORDS_COMMAND } from './commands';

export { EDIT_PHOTO_WORDS_COMMAND, OWN_PHOTO_WORDS_COMMAND } from './commands';

export interface PhotoWordsPluginProps {
  /** The draft's photo records as the desk holds them (with edits not yet stored); null while loading. */
  records: readonly PhotoWordsRecord[] | null;
  /** A shared use's words changed in the body (typed, or undone): the record takes them. */
  onShared: (photoId: string, words: PhotoWords) => void;
}

function $photoNodes(): CaptionedPhotoNode[] {
  return $dfs()
    .map(({ node }) => node)
    .filter($isCaptionedPhotoNode);
}

/** Runs `change` in an update only if `needed` says something is to be done (no empty undo steps). */
function updateIf(editor: LexicalEditor, needed: () => boolean, change: () => void, tag?: string): void {
  if (editor.getEditorState().read(needed)) editor.update(change, tag ? { tag } : undefined);
}

/**
 * Nodes saved before one caption per photo (or pasted) are decided once, against the record as it
 * is when first seen: their own words only if they differ (photoWords.ts). Not an edit of the
 * reporter's, so neither an undo step nor a save by itself; saved with the next edit.
 */
function decideOwnWords(editor: LexicalEditor, byId: ReadonlyMap<string, PhotoWords>): void {
  const undecided = (n: CaptionedPhotoNode) => n.getOwnWords() === undefined && byId.has(n.getPhotoId());
  updateIf(
    editor,
    () => $photoNodes().some(undecided),
    () => {
      for (const node of $photoNodes().filter(undecided))
        node.setOwnWords(keepsOwnWords(node.getWords(), byId.get(node.getPhotoId())));
    },
    HISTORY_MERGE_TAG,
  );
}

/**
 * One caption per photo in the body: a placed photo shows its record's words and follows the desk;
 * words typed in it go to the record (and every other shared use of that photo); a use keeps its
 * own words only when the reporter chose so, and can go back to the photo's.
 */
export function PhotoWordsPlugin({ records, onShared }: PhotoWordsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const recordsRef = useRef(recordsById(records ?? []));
  const onSharedRef = useRef(onShared);
  useEffect(() => {
    onSharedRef.current = onShared;
  }, [onShared]);

  // The desk changed a record (or the records arrived): shared uses take its words.
  useEffect(() => {
    if (records === null) return;
    const byId = recordsById(records);
    recordsRef.current = byId;
    decideOwnWords(editor, byId);
    const stale = (n: CaptionedPhotoNode) => {
      const record = byId.get(n.getPhotoId());
      return n.getOwnWords() === false && record !== undefined && !sameWords(n.getWords(), record);
    };
    updateIf(
      editor,
      () => $photoNodes().some(stale),
      () => {
        for (const node of $photoNodes().filter(stale)) node.setWords(byId.get(node.getPhotoId())!);
      },
    );
  }, [editor, records]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          EDIT_PHOTO_WORDS_COMMAND,
          // Command handlers run inside an update: the body's change and the record's go together.
          ({ nodeKey, field, value }) => {
            const node = $getNodeByKey(nodeKey);
            if (!$isCaptionedPhotoNode(node) || node.getField(field) === value) return true;
            node.setField(field, value);
            if (node.getOwnWords() === true) return true;
            const photoId = node.getPhotoId();
            for (const other of $photoNodes())
              if (other.getPhotoId() === photoId && other.getOwnWords() !== true && other.getField(field) !== value)
                other.setField(field, value);
            onSharedRef.current(photoId, node.getWords());
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          OWN_PHOTO_WORDS_COMMAND,
          ({ nodeKey, own }) => {
            const node = $getNodeByKey(nodeKey);
            if (!$isCaptionedPhotoNode(node)) return true;
            node.setOwnWords(own);
            const record = recordsRef.current.get(node.getPhotoId());
            // Back to the photo's caption: this use's own words give way to the record's.
            if (!own && record) node.setWords(record);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerMutationListener(CaptionedPhotoNode, (mutations) => {
          if ([...mutations.values()].includes('created')) decideOwnWords(editor, recordsRef.current);
        }),
        // Undo and redo move a shared use's words: the record follows, so the two never part.
        editor.registerUpdateListener(({ tags, editorState }) => {
          if (!tags.has(HISTORIC_TAG)) return;
          const moved = new Map<string, PhotoWords>();
          editorState.read(() => {
            for (const node of $photoNodes()) {
              const record = recordsRef.current.get(node.getPhotoId());
              if (node.getOwnWords() === false && record && !sameWords(node.getWords(), record))
                moved.set(node.getPhotoId(), node.getWords());
            }
          });
          for (const [photoId, words] of moved) onSharedRef.current(photoId, words);
        }),
      ),
    [editor],
  );
  return null;
}
