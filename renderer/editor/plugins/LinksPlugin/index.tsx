import { LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type BaseSelection,
  type LexicalCommand,
} from 'lexical';
import { useEffect } from 'react';
import { isAllowedLinkUrl } from '../../linkUrl';

export interface SetLinkPayload {
  /** The address, or null to remove the link. */
  url: string | null;
  /** The selection the link was asked for (focus moved to the address field meanwhile). */
  selection: BaseSelection | null;
}

/** Links (or unlinks) the given selection; an address that is not http, https or mailto is refused. */
export const SET_LINK_COMMAND: LexicalCommand<SetLinkPayload> = createCommand('SET_LINK_COMMAND');

/** Reads the selection now, to give back to SET_LINK_COMMAND later. */
export const $selectionForLink = (): BaseSelection | null => $getSelection()?.clone() ?? null;

/** Links in the body, limited to web and e-mail addresses. */
export function LinksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!editor.hasNodes([LinkNode])) throw new Error('LinksPlugin: LinkNode must be registered on the editor');
    return mergeRegister(
      editor.registerCommand(
        SET_LINK_COMMAND,
        ({ url, selection }) => {
          if (url !== null && !isAllowedLinkUrl(url)) return true;
          if (selection) $setSelection(selection.clone());
          return editor.dispatchCommand(
            TOGGLE_LINK_COMMAND,
            url === null ? null : { url, rel: 'noopener noreferrer', target: null },
          );
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);
  return <LinkPlugin validateUrl={isAllowedLinkUrl} />;
}
