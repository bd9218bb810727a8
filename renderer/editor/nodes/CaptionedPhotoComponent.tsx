import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeTextField } from '../../src/codes/CodeTextField';
import { renditionUrl, usePhotoMedia } from '../photoMedia';
import { $isCaptionedPhotoNode, type CaptionedPhotoField } from './CaptionedPhotoNode';

export interface CaptionedPhotoComponentProps {
  nodeKey: NodeKey;
  photoId: string;
  src: string | undefined;
  caption: string;
  credit: string;
  altText: string;
  width: number;
  height: number;
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
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isCaptionedPhotoNode(node) && node.getField(field) !== next) node.setField(field, next);
    });
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
  const remove = () =>
    editor.update(() => {
      const node = $getNodeByKey(props.nodeKey);
      if ($isCaptionedPhotoNode(node)) node.remove();
    });

  return (
    <figure className="captioned-photo" data-testid="captioned-photo" data-photo-id={props.photoId}>
      {url ? (
        <img src={url} alt={altText.value} width={props.width} height={props.height} draggable={false} />
      ) : (
        <div className="captioned-photo-missing">{t('photos.node.noImage')}</div>
      )}
      <figcaption className="captioned-photo-fields" lang="vi">
        <label htmlFor={`${id}-caption`}>{t('photos.fields.caption')}</label>
        <CodeTextField multiline id={`${id}-caption`} rows={2} data-testid="node-caption" {...caption} />
        <label htmlFor={`${id}-credit`}>{t('photos.fields.credit')}</label>
        <CodeTextField id={`${id}-credit`} data-testid="node-credit" {...credit} />
        <label htmlFor={`${id}-alt`}>{t('photos.fields.altText')}</label>
        <CodeTextField id={`${id}-alt`} data-testid="node-alt" {...altText} />
        <span />
        <button type="button" className="captioned-photo-remove" data-testid="node-remove" disabled={altText.readOnly} onClick={remove}>
          {t('photos.node.remove')}
        </button>
      </figcaption>
    </figure>
  );
}
