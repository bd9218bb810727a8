import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InputModeButton } from '../../../ui/InputModeControls';
import { $blockTypeOfSelection, type BlockType } from '../BlockFormatPlugin';
import { ConvertSelectionButton } from '../LegacyTextPlugin/ConvertSelectionButton';
import { BlockButtons } from './BlockButtons';
import { LinkControl } from './LinkControl';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const shortcut = (key: string) => (isMac ? `⌘${key}` : `Ctrl+${key}`);
const redoShortcut = isMac ? '⇧⌘Z' : 'Ctrl+Y';

// A mouse click must not move focus out of the body: the caret and the selection stay put.
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** Bold, italic, subheads, lists, quote, link, undo and redo for the body; shortcuts work natively in Lexical. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [isBold, setBold] = useState(false);
  const [isItalic, setItalic] = useState(false);
  const [blockType, setBlockType] = useState<BlockType | 'other'>('paragraph');
  const [isLink, setLink] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            setBold(selection.hasFormat('bold'));
            setItalic(selection.hasFormat('italic'));
            setBlockType($blockTypeOfSelection(selection));
            const node = selection.anchor.getNode();
            setLink($isLinkNode(node) || $isLinkNode(node.getParent()));
          });
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (can) => (setCanUndo(can), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (can) => (setCanRedo(can), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const label = (action: string, keys: string) => t('toolbar.withShortcut', { action, shortcut: keys });
  const bold = label(t('toolbar.bold'), shortcut('B'));
  const italic = label(t('toolbar.italic'), shortcut('I'));
  const undo = label(t('toolbar.undo'), shortcut('Z'));
  const redo = label(t('toolbar.redo'), redoShortcut);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="toolbar-button toolbar-bold"
        data-testid="bold"
        aria-pressed={isBold}
        aria-label={bold}
        title={bold}
        onMouseDown={keepFocus}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        {t('toolbar.boldMark')}
      </button>
      <button
        type="button"
        className="toolbar-button toolbar-italic"
        data-testid="italic"
        aria-pressed={isItalic}
        aria-label={italic}
        title={italic}
        onMouseDown={keepFocus}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        {t('toolbar.italicMark')}
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      <BlockButtons current={blockType} />
      <LinkControl isLink={isLink} />
      <span className="toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="toolbar-button"
        data-testid="undo"
        disabled={!canUndo}
        aria-label={undo}
        title={undo}
        onMouseDown={keepFocus}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <UndoIcon />
      </button>
      <button
        type="button"
        className="toolbar-button"
        data-testid="redo"
        disabled={!canRedo}
        aria-label={redo}
        title={redo}
        onMouseDown={keepFocus}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <UndoIcon mirrored />
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      <ConvertSelectionButton />
      <InputModeButton />
    </div>
  );
}

function UndoIcon({ mirrored = false }: { mirrored?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      className={mirrored ? 'icon-mirrored' : undefined}
    >
      <path
        d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
