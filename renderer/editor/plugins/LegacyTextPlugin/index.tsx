import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  PASTE_COMMAND,
  PASTE_TAG,
  TextNode,
  UNDO_COMMAND,
  type NodeKey,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { detectLegacy } from '../../../../shared/text/legacy';
import { $convertLegacyText, $convertSelectedNodes } from './convertBody';
import { findLegacyInClipboard, type LegacyFinding } from './legacyClipboard';
import './legacyBar.css';

/** Converts the selected text from TCVN3/VNI to Unicode (the toolbar's command). */
export const CONVERT_SELECTION_TO_UNICODE_COMMAND = createCommand<void>('CONVERT_SELECTION_TO_UNICODE_COMMAND');

/** How much of an opened body is read for legacy text. */
const OPENING_CHARS = 3000;

type Bar = { state: 'offer'; finding: LegacyFinding } | { state: 'done' } | null;

/**
 * TCVN3 and VNI text in the body. A paste is read before it goes in (the paste plugin inserts it
 * unchanged): a legacy font in the clipboard's HTML, or words that read as legacy, bring up a bar
 * offering "Convert to Unicode" — one update, so one undo. A body that opens in legacy text (an
 * old story imported as it was) gets the same offer. The selection command converts what is
 * selected, for the stretch the bar did not catch.
 */
export function LegacyTextPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [bar, setBar] = useState<Bar>(() => {
    // A story imported in TCVN3/VNI is so from its first lines; reading those keeps a 10,000-word
    // body opening fast (the whole of one takes ~160 ms here, its start ~5 ms).
    const found = editor.getEditorState().read(() => detectLegacy($getRoot().getTextContent().slice(0, OPENING_CHARS)));
    return found ? { state: 'offer', finding: { encoding: found.encoding, font: null, runs: [] } } : null;
  });
  /** Text nodes the last legacy paste made or changed: the convert touches only these. */
  const pasted = useRef<Set<NodeKey> | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = 'clipboardData' in event ? event.clipboardData : null;
            const finding = data ? findLegacyInClipboard(data.getData('text/html'), data.getData('text/plain')) : null;
            pasted.current = finding ? new Set() : null;
            setBar(finding ? { state: 'offer', finding } : null);
            return false; // only a reader: the paste goes on as usual
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerMutationListener(
          TextNode,
          (mutations, { updateTags }) => {
            if (!updateTags.has(PASTE_TAG) || !pasted.current) return;
            for (const [key, mutation] of mutations) if (mutation !== 'destroyed') pasted.current.add(key);
          },
          { skipInitialization: true },
        ),
        editor.registerCommand(
          CONVERT_SELECTION_TO_UNICODE_COMMAND,
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
            $convertSelectedNodes(selection.extract().filter($isTextNode));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  if (!bar) return null;
  const convert = (finding: LegacyFinding) => {
    const keys = pasted.current && pasted.current.size > 0 ? pasted.current : null;
    editor.update(() => void $convertLegacyText(finding, keys));
    pasted.current = null;
    setBar({ state: 'done' });
  };
  const encoding = bar.state === 'offer' ? t(`legacy.encoding.${bar.finding.encoding}`) : '';
  return (
    <div className="legacy-bar" role="region" aria-label={t('legacy.label')} data-testid="legacy-bar">
      {bar.state === 'offer' ? (
        <>
          <p className="legacy-bar-text">
            {bar.finding.font
              ? t('legacy.foundFont', { encoding, font: bar.finding.font })
              : t('legacy.foundWords', { encoding })}
          </p>
          <button
            type="button"
            className="button button-small button-primary"
            data-testid="legacy-convert"
            onClick={() => convert(bar.finding)}
          >
            {t('legacy.convert')}
          </button>
        </>
      ) : (
        <>
          <p className="legacy-bar-text" role="status">
            {t('legacy.converted')}
          </p>
          <button
            type="button"
            className="button button-small"
            data-testid="legacy-undo"
            onClick={() => {
              editor.dispatchCommand(UNDO_COMMAND, undefined);
              setBar(null);
            }}
          >
            {t('legacy.undo')}
          </button>
        </>
      )}
      <button type="button" className="button button-small" data-testid="legacy-dismiss" onClick={() => setBar(null)}>
        {t('legacy.dismiss')}
      </button>
    </div>
  );
}
