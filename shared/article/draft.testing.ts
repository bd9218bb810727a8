import { DraftSchema, emptyArticleFields, type Draft, type LexicalState } from './draft';
import { bodyTextOf, type SerializedCaptionedPhotoNode } from './lexical';

/** Test support: a valid draft with these fields; `body` also sets `bodyText` the way the editor does. */
export function draftOf(fields: Partial<Draft> = {}): Draft {
  return DraftSchema.parse({
    id: 'a3c1e0f2-5b7d-4c1e-9f00-123456789abc',
    template: 'tin',
    section: '',
    headline: '',
    body: null,
    status: 'draft',
    createdAt: '2024-10-15T09:30:00.000Z',
    updatedAt: '2024-10-15T09:41:00.000Z',
    revision: 3,
    ...emptyArticleFields(),
    ...fields,
    bodyText: fields.bodyText ?? bodyTextOf(fields.body ?? null),
  });
}

/** A body of plain paragraphs (strings) and captioned photos (objects), in order. */
export function bodyOf(...parts: (string | Partial<SerializedCaptionedPhotoNode>)[]): LexicalState {
  let n = 0;
  return {
    root: {
      type: 'root',
      children: parts.map((part) =>
        typeof part === 'string'
          ? { type: 'paragraph', children: [{ type: 'text', text: part, format: 0 }] }
          : {
              type: 'captioned-photo',
              version: 1,
              photoId: `photo-${++n}`,
              caption: 'Chú thích',
              credit: 'Ảnh: NSMT',
              altText: 'Mô tả',
              width: 1600,
              height: 1067,
              ...part,
            },
      ),
    },
  };
}
