// The benchmark's article: ~10,000 Vietnamese words built from the reference article, with
// subheads, bold, italic, links and 40 captioned photos, as the Lexical 0.52 JSON the editor saves.
import {
  bodyTextOf,
  CAPTIONED_PHOTO,
  childrenOf,
  type SerializedCaptionedPhotoNode,
} from '../../../shared/article/lexical';
import type { LexicalState } from '../../../shared/article/draft';
import { countWords } from '../../../shared/format/words';
import { readReferenceArticle } from '../../support/reference';

export const WORDS = 10_000;
export const PHOTOS = 40;

/** "Viêt" (no tone mark): the spellchecker marks it, as tests/e2e/spelling.spec.ts shows. */
export const PLANTED_TYPO = 'Phóng viên ghi nhận tại Viêt Nam, theo nguồn tin địa phương.';

export type PhotoPlacement = Omit<SerializedCaptionedPhotoNode, 'type' | 'version'>;

export interface BenchArticle {
  headline: string;
  body: LexicalState;
  bodyText: string;
  words: number;
  /** The same text for a bare rich-text editor: each photo becomes a paragraph holding its caption. */
  bareBody: LexicalState;
  /** Index among the body's top-level blocks (the same in both bodies) of a plain paragraph in the middle. */
  middleBlock: number;
}

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;
const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
const paragraph = (children: unknown[]) => ({ ...element, type: 'paragraph', textFormat: 0, textStyle: '', children });
const heading = (value: string) => ({ ...element, type: 'heading', tag: 'h2', children: [text(value)] });
const link = (url: string, value: string) => ({
  ...element,
  type: 'link',
  url,
  rel: 'noopener noreferrer',
  target: null,
  title: null,
  children: [text(value)],
});

const PLACES = [
  'Cần Thơ',
  'Cà Mau',
  'Hà Nội',
  'Đà Nẵng',
  'Huế',
  'Hải Phòng',
  'Vĩnh Long',
  'Sóc Trăng',
  'An Giang',
  'Bạc Liêu',
];

/** Paragraph k of the story: a reference paragraph, its place varied, some words bold, italic or linked. */
function storyParagraph(source: string, k: number): unknown {
  const place = PLACES[k % PLACES.length];
  const words = source.replaceAll('Cần Thơ', place).split(' ');
  if (words.length < 12 || k % 3 === 2) return paragraph([text(words.join(' '))]);
  const a = Math.floor(words.length / 4);
  const b = a + 3;
  const mark = words.slice(a, b).join(' ');
  const inline = k % 3 === 0 ? text(mark, k % 2 === 0 ? 1 : 2) : link(`https://www.example.vn/tin-tuc/${k}`, mark);
  return paragraph([text(`${words.slice(0, a).join(' ')} `), inline, text(` ${words.slice(b).join(' ')}`)]);
}

function photoNode(photo: PhotoPlacement): unknown {
  return { type: CAPTIONED_PHOTO, version: 1, ...photo };
}

/** Builds the article around the given photos (placed evenly through it, never first or last). */
export function buildArticle(photos: PhotoPlacement[]): BenchArticle {
  const reference = readReferenceArticle();
  const source = reference.paragraphs.filter((p) => countWords(p) >= 8);
  // A real story carries a typo or two; this one also tells the bench the spellchecker has spoken.
  const blocks: unknown[] = [paragraph([text(PLANTED_TYPO)])];
  let words = countWords(PLANTED_TYPO);
  for (let k = 0; words < WORDS; k++) {
    if (k > 0 && k % 9 === 0) {
      const subhead = source[k % source.length].split(' ').slice(0, 7).join(' ');
      blocks.push(heading(subhead));
      words += countWords(subhead);
    }
    const next = storyParagraph(source[k % source.length], k);
    blocks.push(next);
    words += countWords(bodyTextOf({ root: { type: 'root', children: [next] } }));
  }
  const step = blocks.length / (photos.length + 1);
  const children = [...blocks];
  // From the end, so earlier insertion points keep their index.
  for (let i = photos.length - 1; i >= 0; i--) children.splice(Math.round(step * (i + 1)), 0, photoNode(photos[i]));
  const bareChildren = children.map((node) =>
    (node as { type: string }).type === CAPTIONED_PHOTO ? paragraph([text((node as PhotoPlacement).caption)]) : node,
  );
  const root = (list: unknown[]): LexicalState => ({ root: { ...element, type: 'root' as const, children: list } });
  const body = root(children);
  const isPlain = (node: unknown) => (node as { type: string }).type === 'paragraph' && childrenOf(node).length === 1;
  const middleBlock = children.findIndex((node, i) => i >= children.length / 2 && isPlain(node));
  return {
    headline: reference.headline,
    body,
    bodyText: bodyTextOf(body),
    words: countWords(bodyTextOf(body)),
    bareBody: root(bareChildren),
    middleBlock,
  };
}
