import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { findMatches, replaceMatches, type FindOptions } from '../../../shared/text/findText';
import { countInBody, replaceInBody } from '../../editor/findInBody';
import { TextField } from '../../ui/TextField';
import type { ArticleBlocksHandle } from '../article/useArticleBlocks';
import './find.css';

export interface FindReplaceProps {
  headline: string;
  onHeadline: (next: string) => void;
  article: ArticleBlocksHandle;
  editorRef: RefObject<LexicalEditor | null>;
  onClose: () => void;
}

type Part = 'headline' | 'subheadline' | 'lead' | 'body' | 'captions';
const PARTS: Part[] = ['headline', 'subheadline', 'lead', 'body', 'captions'];
/** The parts outside the body editor, in reading order. */
const FIELDS = ['headline', 'subheadline', 'lead'] as const;

/**
 * Find and replace across the story — headline, subheadline, lead, body and photo captions — so a
 * misspelt name is fixed in one go. Diacritics are ignored by default ("nguyen" finds "Nguyễn"),
 * case too unless asked. Replace takes the first match in reading order; Replace all, every one.
 */
export function FindReplace({ headline, onHeadline, article, editorRef, onClose }: FindReplaceProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ ignoreDiacritics: true, matchCase: false });
  const [done, setDone] = useState<number | null>(null);
  const [body, setBody] = useState({ text: 0, captions: 0 });
  const panel = useRef<HTMLDivElement>(null);
  const asked = useRef({ query, options });

  /** Counts in the body editor (read from its state, which React does not hold). */
  const recount = useCallback(
    (next: { query: string; options: FindOptions }) => {
      asked.current = next;
      const editor = editorRef.current;
      setBody(editor ? countInBody(editor, next.query, next.options) : { text: 0, captions: 0 });
    },
    [editorRef],
  );
  useEffect(() => panel.current?.querySelector('input')?.focus(), []);
  // The body changes under the panel (typing, undo, a replacement): the counts follow.
  useEffect(() => editorRef.current?.registerUpdateListener(() => recount(asked.current)), [editorRef, recount]);
  const counts: Record<Part, number> = {
    headline: findMatches(headline, query, options).length,
    subheadline: findMatches(article.blocks.subheadline, query, options).length,
    lead: findMatches(article.blocks.lead, query, options).length,
    body: body.text,
    captions: body.captions,
  };
  const total = PARTS.reduce((sum, part) => sum + counts[part], 0);

  const replaceIn = (part: (typeof FIELDS)[number], only: 'first' | 'all'): number => {
    const field = (text: string, take: (next: string) => void) => {
      const result = replaceMatches(text, query, replacement, options, only);
      if (result.count > 0) take(result.text);
      return result.count;
    };
    switch (part) {
      case 'headline':
        return field(headline, onHeadline);
      case 'subheadline':
        return field(article.blocks.subheadline, (subheadline) => article.update({ subheadline }));
      case 'lead':
        return field(article.blocks.lead, (lead) => article.update({ lead }));
    }
  };
  const replace = (only: 'first' | 'all') => {
    let count = 0;
    for (const part of FIELDS) {
      if (counts[part] === 0) continue;
      count += replaceIn(part, only);
      if (only === 'first' && count > 0) break;
    }
    // The body and its captions together: one undo step in the body.
    const editor = editorRef.current;
    if (editor && !(only === 'first' && count > 0) && counts.body + counts.captions > 0)
      count += replaceInBody(editor, query, replacement, options, only, {
        text: counts.body > 0,
        captions: counts.captions > 0,
      });
    setDone(count);
  };
  const option = (key: keyof FindOptions, label: string, testId: string) => (
    <label className="find-option">
      <input
        type="checkbox"
        data-testid={testId}
        checked={options[key]}
        onChange={(event) => {
          const next = { ...options, [key]: event.target.checked };
          setOptions(next);
          recount({ query, options: next });
          setDone(null);
        }}
      />{' '}
      {label}
    </label>
  );

  return (
    <div
      ref={panel}
      className="find-replace"
      role="search"
      aria-label={t('find.title')}
      data-testid="find-replace"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <label htmlFor={`${id}-find`}>{t('find.find')}</label>
      <TextField
        id={`${id}-find`}
        data-testid="find-query"
        value={query}
        onValue={(next) => {
          setQuery(next);
          recount({ query: next, options });
          setDone(null);
        }}
      />
      <label htmlFor={`${id}-replace`}>{t('find.replaceWith')}</label>
      <TextField
        id={`${id}-replace`}
        data-testid="find-replacement"
        value={replacement}
        onValue={setReplacement}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && total > 0) replace('first');
        }}
      />
      <div className="find-options">
        {option('ignoreDiacritics', t('find.ignoreDiacritics'), 'find-ignore-diacritics')}
        {option('matchCase', t('find.matchCase'), 'find-match-case')}
      </div>
      <p className="find-count" data-testid="find-count" role="status">
        {query === ''
          ? ''
          : done !== null
            ? t('find.replaced', { count: done })
            : total === 0
              ? t('find.none')
              : t('find.found', {
                  count: total,
                  where: PARTS.filter((p) => counts[p] > 0)
                    .map((p) => (counts[p] > 1 ? `${t(`find.parts.${p}`)} (${counts[p]})` : t(`find.parts.${p}`)))
                    .join(', '),
                })}
      </p>
      <div className="find-actions">
        <button
          type="button"
          className="button button-small"
          data-testid="find-replace-one"
          disabled={total === 0}
          onClick={() => replace('first')}
        >
          {t('find.replace')}
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="find-replace-all"
          disabled={total === 0}
          onClick={() => replace('all')}
        >
          {t('find.replaceAll', { count: total })}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('find.close')}
          data-testid="find-close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
    </div>
  );
}
