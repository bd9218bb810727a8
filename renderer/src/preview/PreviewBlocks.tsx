import { Fragment, type ReactNode } from 'react';
import type { Block, Inline, ListBlock } from '../../../shared/article/blocks';
import type { CaptionedPhoto } from '../../../shared/article/lexical';
import { safeUrl } from '../../../shared/export/safe';

export interface PreviewBlocksProps {
  blocks: Block[];
  photoSrc: (photo: CaptionedPhoto) => string | null;
  /** Shown in place of a photo that has no rendition to show, in the UI language. */
  photoMissing: string;
  uiLang: string;
}

/** The body as React elements built from the article model — no HTML string is ever parsed. */
export function PreviewBlocks({ blocks, photoSrc, photoMissing, uiLang }: PreviewBlocksProps) {
  return blocks.map((block, i) => {
    switch (block.kind) {
      case 'paragraph':
        return <p key={i}>{inlines(block.inlines)}</p>;
      case 'heading':
        return block.level === 2 ? (
          <h2 key={i}>{inlines(block.inlines)}</h2>
        ) : (
          <h3 key={i}>{inlines(block.inlines)}</h3>
        );
      case 'quote':
        return (
          <blockquote key={i}>
            {block.paragraphs.map((p, j) => (
              <p key={j}>{inlines(p)}</p>
            ))}
          </blockquote>
        );
      case 'list':
        return <PreviewList key={i} list={block} />;
      case 'photo':
        return (
          <PreviewPhoto
            key={i}
            photo={block.photo}
            src={photoSrc(block.photo)}
            missing={photoMissing}
            uiLang={uiLang}
          />
        );
    }
  });
}

function PreviewList({ list }: { list: ListBlock }) {
  const items = list.items.map((item, i) => (
    <li key={i}>
      {inlines(item.inlines)}
      {item.lists.map((nested, j) => (
        <PreviewList key={j} list={nested} />
      ))}
    </li>
  ));
  return list.ordered ? <ol start={list.start !== 1 ? list.start : undefined}>{items}</ol> : <ul>{items}</ul>;
}

interface PreviewPhotoProps {
  photo: CaptionedPhoto;
  src: string | null;
  missing: string;
  uiLang: string;
}

/** A captioned photo as the export writes it: figure, img, figcaption with the credit last. */
function PreviewPhoto({ photo, src, missing, uiLang }: PreviewPhotoProps) {
  const caption = photo.caption.trim();
  const credit = photo.credit.trim();
  return (
    <figure className="preview-figure">
      {src ? (
        <img
          src={src}
          alt={photo.altText.trim()}
          width={photo.width ?? undefined}
          height={photo.height ?? undefined}
          decoding="async"
        />
      ) : (
        <div className="preview-photo-missing" lang={uiLang} data-testid="preview-photo-missing">
          {missing}
        </div>
      )}
      {(caption || credit) && (
        <figcaption>
          {caption && withBreaks(caption)}
          {caption && credit && ' '}
          {credit && <span className="preview-credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

function inlines(list: Inline[]): ReactNode {
  return list.map((inline, i) => <Fragment key={i}>{inlineOf(inline)}</Fragment>);
}

function inlineOf(inline: Inline): ReactNode {
  switch (inline.kind) {
    case 'break':
      return <br />;
    case 'text': {
      let node: ReactNode = inline.text;
      if (inline.italic) node = <em>{node}</em>;
      if (inline.bold) node = <strong>{node}</strong>;
      return node;
    }
    case 'link': {
      const href = safeUrl(inline.url);
      const inner = inlines(inline.children);
      // As in the export: a link that is not safe to follow keeps its words and loses its address.
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {inner}
        </a>
      ) : (
        inner
      );
    }
  }
}

/** Text with its line breaks kept, as `<br>`. */
export function withBreaks(text: string): ReactNode {
  return text.split(/\r\n|\r|\n/).map((line, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {line}
    </Fragment>
  ));
}
