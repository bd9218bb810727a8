import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SET_BLOCK_TYPE_COMMAND, type BlockType } from '../BlockFormatPlugin';

const keepFocus = (event: MouseEvent) => event.preventDefault();

/** Subhead, list and quote buttons; the one for the caret's block is shown pressed. */
export function BlockButtons({ current }: { current: BlockType | 'other' }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const button = (type: Exclude<BlockType, 'paragraph'>, label: string, mark: ReactNode) => (
    <button
      type="button"
      className="toolbar-button toolbar-block"
      data-testid={`block-${type}`}
      aria-pressed={current === type}
      aria-label={label}
      title={label}
      onMouseDown={keepFocus}
      onClick={() => editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, type)}
    >
      {mark}
    </button>
  );
  return (
    <>
      {button('h2', t('toolbar.h2'), t('toolbar.h2Mark'))}
      {button('h3', t('toolbar.h3'), t('toolbar.h3Mark'))}
      {button('ul', t('toolbar.ul'), <ListIcon />)}
      {button('ol', t('toolbar.ol'), <ListIcon numbered />)}
      {button('quote', t('toolbar.quote'), <span aria-hidden="true">❝</span>)}
    </>
  );
}

function ListIcon({ numbered = false }: { numbered?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      {numbered ? (
        <g fill="currentColor" fontSize="7" fontFamily="sans-serif">
          <text x="1" y="8">
            1
          </text>
          <text x="1" y="15">
            2
          </text>
          <text x="1" y="22">
            3
          </text>
        </g>
      ) : (
        <g fill="currentColor">
          <circle cx="4" cy="6" r="1.6" />
          <circle cx="4" cy="12" r="1.6" />
          <circle cx="4" cy="18" r="1.6" />
        </g>
      )}
      <path d="M9 6h12M9 12h12M9 18h12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
