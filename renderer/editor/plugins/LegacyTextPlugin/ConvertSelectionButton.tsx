import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERT_SELECTION_TO_UNICODE_COMMAND } from './index';

// A click must not take the selection away from the body.
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** The toolbar's "convert the selection from TCVN3/VNI to Unicode"; usable while text is selected. */
export function ConvertSelectionButton() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [selected, setSelected] = useState(false);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const selection = $getSelection();
          setSelected($isRangeSelection(selection) && !selection.isCollapsed());
        }),
      ),
    [editor],
  );
  const label = t('legacy.convertSelection');
  return (
    <button
      type="button"
      className="toolbar-button toolbar-convert"
      data-testid="convert-selection"
      disabled={!selected}
      aria-label={label}
      title={label}
      onMouseDown={keepFocus}
      onClick={() => editor.dispatchCommand(CONVERT_SELECTION_TO_UNICODE_COMMAND, undefined)}
    >
      {t('legacy.convertSelectionMark')}
    </button>
  );
}
