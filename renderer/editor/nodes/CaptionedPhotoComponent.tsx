import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { renditionUrl, usePhotoMedia } from '../photoMedia';
import { CAPTIONED_PHOTO } from '../../../shared/article/lexical';
import { EDIT_PHOTO_WORDS_COMMAND, OWN_PHOTO_WORDS_COMMAND } from '../plugins/PhotoWordsPlugin/commands';
// Types only: the node loads this component lazily, and a value import back would be a cycle.
import type { CaptionedPhotoField, CaptionedPhotoNode } from './CaptionedPhotoNode';

/** The photo node under `key`, or null once it is gone (removed, or undone). */
function $photoNode(key: NodeKey): CaptionedPhotoNode | null {
  const node = $getNodeByKey<CaptionedPhotoNode>(key);
  return node?.getType() === CAPTIONED_PHOTO ? node : null;
}

export interface CaptionedPhotoComponentProps {
  nodeKey: NodeKey;
  photoId: string;
  src: string | undefined;
  caption: string;
  credit: string;
  altText: string;
  width: number;
  height: number;
  /** This use keeps its own words; otherwise they are the photo's, the same at the desk. */
  ownWords: boolean;
}

/** One editable field; local state so typing never waits for the editor to re-render the node. */
function useNodeField(nodeKey: NodeKey, field: CaptionedPhotoField, stored: string) {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState(stored);
  const [shown, setShown] = useState(stored);
  // Undo, redo or a restore changed the node: show what it holds now (adjusted while rendering).
  if (stored !== shown) {
    setShown(stored);
    setValue(stored);
  }
  const onValue = (next: string) => {
    setValue(next);
    setShown(next);
    // The photo's words: the plugin writes every shared use of the photo and tells the desk.
    editor.dispatchCommand(EDIT_PHOTO_WORDS_COMMAND, { nodeKey, field, value: next });
  };
  return { value, onValue, readOnly: !editor.isEditable() };
}

/** The photo as the body shows it: the picture, then its caption, credit and alt text, all editable. */
export function CaptionedPhotoComponent(props: CaptionedPhotoComponentProps) {
  const { t } = useTranslation();
  const id = useId();
  const media = usePhotoMedia();
  const caption = useNodeField(props.nodeKey, 'caption', props.caption);
  const credit = useNodeField(props.nodeKey, 'credit', props.credit);
  const altText = useNodeField(props.nodeKey, 'altText', props.altText);
  const url = renditionUrl(media, props.src);
  const [editor] = useLexicalComposerContext();
  const remove = () => editor.update(() => $photoNode(props.nodeKey)?.remove());

  // Enter or Space on the photo's buttons is theirs: the body's key handling (new paragraph)
  // listens on the editor root, above this figure, and would take the key from the button.
  const figureRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const figure = figureRef.current;
    if (!figure) return undefined;
    const keepKeys = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' '))
        event.stopPropagation();
    };
    figure.addEventListener('keydown', keepKeys);
    return () => figure.removeEventListener('keydown', keepKeys);
  }, []);

  // Moving the node moves its DOM, which drops focus: give it back to the same button after.
  const move = (by: -1 | 1, testId: string) =>
    editor.update(() => void $photoNode(props.nodeKey)?.moveBy(by), {
      onUpdate: () =>
        editor
          .getElementByKey(props.nodeKey)
          ?.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
          ?.focus({ preventScroll: false }),
    });

  return (
    <figure
      ref={figureRef}
      className="captioned-photo"
      data-testid="captioned-photo"
      data-photo-id={props.photoId}
      data-own-words={props.ownWords}
    >
      {url ? (
        <img src={url} alt={altText.value} width={props.width} height={props.height} draggable={false} />
      ) : (
        <div className="captioned-photo-missing">{t('photos.node.noImage')}</div>
      )}
      {/* No lang of its own: the caption is in the story's language, set around the body. */}
      <figcaption className="captioned-photo-fields">
        <label htmlFor={`${id}-caption`}>{t('photos.fields.caption')}</label>
        <TextField codes multiline spelling id={`${id}-caption`} rows={2} data-testid="node-caption" {...caption} />
        <label htmlFor={`${id}-credit`}>{t('photos.fields.credit')}</label>
        <TextField codes id={`${id}-credit`} data-testid="node-credit" {...credit} />
        <label htmlFor={`${id}-alt`}>{t('photos.fields.altText')}</label>
        <TextField codes id={`${id}-alt`} data-testid="node-alt" {...altText} />
        <span />
        <p className="captioned-photo-words" data-testid="node-words">
          {props.ownWords ? t('photos.node.ownWords') : t('photos.node.sharedWords')}{' '}
          <button
            type="button"
            data-testid={props.ownWords ? 'node-shared-words' : 'node-own-words'}
            disabled={altText.readOnly}
            onClick={() =>
              editor.dispatchCommand(OWN_PHOTO_WORDS_COMMAND, { nodeKey: props.nodeKey, own: !props.ownWords })
            }
          >
            {props.ownWords ? t('photos.node.useSharedWords') : t('photos.node.useOwnWords')}
          </button>
        </p>
        <span />
        <span className="captioned-photo-actions">
          <button
            type="button"
            className="captioned-photo-move"
            data-testid="node-move-up"
            aria-label={t('photos.node.moveUp')}
            title={t('photos.node.moveUp')}
            disabled={altText.readOnly}
            onClick={() => move(-1, 'node-move-up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="captioned-photo-move"
            data-testid="node-move-down"
            aria-label={t('photos.node.moveDown')}
            title={t('photos.node.moveDown')}
            disabled={altText.readOnly}
            onClick={() => move(1, 'node-move-down')}
          >
            ↓
          </button>
          <button
            type="button"
            className="captioned-photo-remove"
            data-testid="node-remove"
            disabled={altText.readOnly}
            onClick={remove}
          >
            {t('photos.node.remove')}
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
