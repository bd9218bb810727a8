import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BaseSelection } from 'lexical';
import { useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLinkUrl, linkUrlFrom } from '../../linkUrl';
import { $selectionForLink, SET_LINK_COMMAND } from '../LinksPlugin';

const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The link button opens an address field in the toolbar (Electron has no window.prompt). The
 * selection is remembered when it opens, since typing the address takes focus from the body.
 */
export function LinkControl({ isLink }: { isLink: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [selection, setSelection] = useState<BaseSelection | null>(null);
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState(false);

  const close = () => {
    setOpen(false);
    setUrl('');
    setInvalid(false);
    editor.focus();
  };
  const apply = (address: string | null) => {
    editor.update(() => {
      editor.dispatchCommand(SET_LINK_COMMAND, { url: address, selection });
    });
    close();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = linkUrlFrom(url);
    if (!isAllowedLinkUrl(address)) {
      setInvalid(true);
      return;
    }
    apply(address);
  };

  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        data-testid="link"
        aria-pressed={isLink}
        aria-expanded={open}
        aria-label={t('toolbar.link')}
        title={t('toolbar.link')}
        onMouseDown={keepFocus}
        onClick={() => {
          setSelection(editor.getEditorState().read($selectionForLink));
          setOpen((was) => !was);
        }}
      >
        <LinkIcon />
      </button>
      {open && (
        <form className="toolbar-link" onSubmit={submit}>
          <input
            type="text"
            inputMode="url"
            className="toolbar-link-input"
            data-testid="link-url"
            aria-label={t('toolbar.linkUrl')}
            aria-invalid={invalid}
            placeholder="https://"
            autoFocus
            value={url}
            onChange={(event) => {
              setUrl(event.target.value);
              setInvalid(false);
            }}
            onKeyDown={(event) => event.key === 'Escape' && close()}
          />
          <button type="submit" className="button button-small" data-testid="link-apply">
            {t('toolbar.linkApply')}
          </button>
          {isLink && (
            <button type="button" className="button button-small" data-testid="link-remove" onClick={() => apply(null)}>
              {t('toolbar.linkRemove')}
            </button>
          )}
          <button type="button" className="button button-small" onClick={close}>
            {t('toolbar.linkCancel')}
          </button>
          {invalid && (
            <span className="toolbar-link-error" role="alert">
              {t('toolbar.linkInvalid')}
            </span>
          )}
        </form>
      )}
    </>
  );
}

function LinkIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path
        d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
