/* global window, document */
// The reference: a bare Lexical rich-text editor (lexical, @lexical/rich-text, @lexical/history;
// the list and link nodes registered only so the same JSON loads). No React, no plugins.
// Bundled by esbuild (bare.ts) into an IIFE the bench page loads.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $getRoot, $parseSerializedNode, createEditor } from 'lexical';

const theme = {
  paragraph: 'body-paragraph',
  heading: { h2: 'body-h2', h3: 'body-h3' },
  link: 'body-link',
  text: { bold: 'body-bold', italic: 'body-italic' },
};

let teardown = null;

/** Removes the mounted editor, if any. */
window.unmountBare = () => {
  if (teardown) teardown();
  teardown = null;
};

/** Mounts a new editor on the page's state with the caret at the start, as Newsdesk's AutoFocusPlugin does. */
window.mountBare = () => {
  window.unmountBare();
  const state = JSON.parse(document.getElementById('state').textContent);
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.className = 'body-editable';
  element.dataset.testid = 'body';
  document.getElementById('sheet').append(element);
  const editor = createEditor({
    namespace: 'bare-lexical',
    theme,
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  const unregister = [registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300)];
  editor.setRootElement(element);
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const child of state.root.children) root.append($parseSerializedNode(child));
    },
    { tag: 'history-merge' },
  );
  editor.focus(undefined, { defaultSelection: 'rootStart' });
  teardown = () => {
    for (const off of unregister) off();
    editor.setRootElement(null);
    element.remove();
  };
};
