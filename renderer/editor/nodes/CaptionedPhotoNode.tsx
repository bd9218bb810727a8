import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import { lazy, Suspense, type JSX } from 'react';
import {
  CAPTIONED_PHOTO,
  CaptionedPhotoNodeSchema,
  type SerializedCaptionedPhotoNode,
} from '../../../shared/article/lexical';
import type { PhotoWords } from '../../../shared/article/photoWords';

// Loaded when a photo is first shown, as the Lexical playground's ImageNode does: the component
// edits this node, so a static import each way would make the two modules a cycle.
const CaptionedPhotoComponent = lazy(() =>
  import('./CaptionedPhotoComponent').then((module) => ({ default: module.CaptionedPhotoComponent })),
);

/** What placing a photo needs: the record's id, its rendition and its words at that moment. */
export type CaptionedPhotoPayload = Omit<SerializedCaptionedPhotoNode, 'type' | 'version'>;

export type CaptionedPhotoField = 'caption' | 'credit' | 'altText';

type SerializedNode = Spread<SerializedCaptionedPhotoNode, SerializedLexicalNode>;

const isHttp = (src: string | undefined): src is string => src !== undefined && /^https?:\/\//i.test(src);

/**
 * A photo in the story body with its caption, credit and alt text. The words are the photo
 * record's — one caption per photo, edited at the desk or here (PhotoWordsPlugin keeps this copy
 * in step) — unless this use keeps its own by the reporter's choice (`ownWords`).
 */
export class CaptionedPhotoNode extends DecoratorNode<JSX.Element> {
  __photoId: string;
  __src: string | undefined;
  __caption: string;
  __credit: string;
  __altText: string;
  __width: number;
  __height: number;
  /** undefined: saved before one caption per photo; the plugin decides it against the record. */
  __ownWords: boolean | undefined;

  static override getType(): string {
    return CAPTIONED_PHOTO;
  }

  static override clone(node: CaptionedPhotoNode): CaptionedPhotoNode {
    return new CaptionedPhotoNode(
      {
        photoId: node.__photoId,
        src: node.__src,
        caption: node.__caption,
        credit: node.__credit,
        altText: node.__altText,
        width: node.__width,
        height: node.__height,
        ownWords: node.__ownWords,
      },
      node.__key,
    );
  }

  // Read through the article model's schema: stored JSON is outside data, a bad size reads as unknown.
  static override importJSON(json: SerializedPartial<SerializedNode> & Record<string, unknown>): CaptionedPhotoNode {
    const read = CaptionedPhotoNodeSchema.parse(json);
    return $createCaptionedPhotoNode({
      photoId: read.photoId,
      src: read.src,
      caption: read.caption,
      credit: read.credit,
      altText: read.altText,
      width: read.width ?? 0,
      height: read.height ?? 0,
      ownWords: read.ownWords,
    }).updateFromJSON(json);
  }

  constructor(payload: CaptionedPhotoPayload, key?: NodeKey) {
    super(key);
    this.__photoId = payload.photoId;
    this.__src = payload.src;
    this.__caption = payload.caption.normalize('NFC');
    this.__credit = payload.credit.normalize('NFC');
    this.__altText = payload.altText.normalize('NFC');
    this.__width = payload.width;
    this.__height = payload.height;
    this.__ownWords = payload.ownWords;
  }

  override exportJSON(): SerializedNode {
    return {
      ...super.exportJSON(),
      type: CAPTIONED_PHOTO,
      version: 1,
      photoId: this.__photoId,
      ...(this.__src !== undefined ? { src: this.__src } : {}),
      caption: this.__caption,
      credit: this.__credit,
      altText: this.__altText,
      width: this.__width,
      height: this.__height,
      ...(this.__ownWords !== undefined ? { ownWords: this.__ownWords } : {}),
    };
  }

  override exportDOM(): DOMExportOutput {
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    // A local rendition name means nothing outside the app: only a web address is exported.
    if (isHttp(this.__src)) img.setAttribute('src', this.__src);
    img.setAttribute('alt', this.__altText);
    // 0 is our "size not known": a width="0" would hide the picture wherever it is pasted.
    if (this.__width > 0) img.setAttribute('width', String(this.__width));
    if (this.__height > 0) img.setAttribute('height', String(this.__height));
    img.setAttribute('data-photo-id', this.__photoId);
    figure.append(img);
    if (this.__caption || this.__credit) {
      const figcaption = document.createElement('figcaption');
      figcaption.append(document.createTextNode(this.__caption));
      if (this.__credit) {
        const credit = document.createElement('span');
        credit.className = 'credit';
        credit.textContent = this.__credit;
        figcaption.append(document.createTextNode(this.__caption ? ' ' : ''), credit);
      }
      figure.append(figcaption);
    }
    return { element: figure };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    const className = config.theme.captionedPhoto as string | undefined;
    if (className) div.className = className;
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return this.__caption ? `${this.__caption}\n\n` : '';
  }

  getPhotoId(): string {
    return this.getLatest().__photoId;
  }

  getField(field: CaptionedPhotoField): string {
    const self = this.getLatest();
    return field === 'caption' ? self.__caption : field === 'credit' ? self.__credit : self.__altText;
  }

  getOwnWords(): boolean | undefined {
    return this.getLatest().__ownWords;
  }

  setOwnWords(own: boolean): this {
    const writable = this.getWritable();
    writable.__ownWords = own;
    return writable;
  }

  getWords(): PhotoWords {
    const self = this.getLatest();
    return { caption: self.__caption, credit: self.__credit, altText: self.__altText };
  }

  setWords(words: PhotoWords): this {
    const writable = this.getWritable();
    writable.__caption = words.caption.normalize('NFC');
    writable.__credit = words.credit.normalize('NFC');
    writable.__altText = words.altText.normalize('NFC');
    return writable;
  }

  setField(field: CaptionedPhotoField, value: string): this {
    const writable = this.getWritable();
    const nfc = value.normalize('NFC');
    if (field === 'caption') writable.__caption = nfc;
    else if (field === 'credit') writable.__credit = nfc;
    else writable.__altText = nfc;
    return writable;
  }

  /**
   * Moves the photo one block up (-1) or down (+1) in the body, caption, credit and alt text with
   * it (it is the same node). Returns false at the top or bottom of the body.
   */
  moveBy(by: -1 | 1): boolean {
    const sibling = by < 0 ? this.getPreviousSibling() : this.getNextSibling();
    if (!sibling) return false;
    if (by < 0) sibling.insertBefore(this);
    else sibling.insertAfter(this);
    return true;
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <CaptionedPhotoComponent
          nodeKey={this.getKey()}
          photoId={this.__photoId}
          src={this.__src}
          caption={this.__caption}
          credit={this.__credit}
          altText={this.__altText}
          width={this.__width}
          height={this.__height}
          ownWords={this.__ownWords === true}
        />
      </Suspense>
    );
  }
}

export function $createCaptionedPhotoNode(payload: CaptionedPhotoPayload): CaptionedPhotoNode {
  return $applyNodeReplacement(new CaptionedPhotoNode(payload));
}

/** See CaptionedPhotoNode.moveBy. */
export function $moveCaptionedPhoto(node: CaptionedPhotoNode, by: -1 | 1): boolean {
  return node.moveBy(by);
}

export function $isCaptionedPhotoNode(node: LexicalNode | null | undefined): node is CaptionedPhotoNode {
  return node instanceof CaptionedPhotoNode;
}
