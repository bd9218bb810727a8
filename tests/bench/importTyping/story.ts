// The story the reporter types in: the reference article, saved the way the editor saves it.
import type { Draft, LexicalState } from '../../../shared/article/draft';
import { bodyTextOf } from '../../../shared/article/lexical';
import { readReferenceArticle } from '../../support/reference';
import type { Host } from '../editor/app';

const block = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;
const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});

/** One paragraph per paragraph, as Lexical 0.52 serialises them. */
function storyBody(paragraphs: string[]): LexicalState {
  const children = paragraphs.map((p) => ({
    ...block,
    type: 'paragraph',
    textFormat: 0,
    textStyle: '',
    children: [text(p)],
  }));
  return { root: { ...block, type: 'root', children } } as LexicalState;
}

/** A new draft holding the reference story; `blocks` is how many paragraphs its body has. */
export async function createStory(host: Host): Promise<{ id: string; blocks: number }> {
  const { draft } = await host.call<{ draft: Draft }>('drafts.create', { template: 'tin', section: 'Thời sự' });
  const reference = readReferenceArticle();
  const body = storyBody(reference.paragraphs);
  await host.call('drafts.save', { id: draft.id, headline: reference.headline, body, bodyText: bodyTextOf(body) });
  return { id: draft.id, blocks: reference.paragraphs.length };
}
