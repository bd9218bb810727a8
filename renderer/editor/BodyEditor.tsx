import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalEditor } from 'lexical';
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexicalState } from '../../shared/article/draft';
import { useCodeTable } from '../ui/codeTable';
import { InputModeStatus } from '../ui/InputModeControls';
import { initialBody } from './body';
import { CaptionedPhotoNode } from './nodes/CaptionedPhotoNode';
import { BlockFormatPlugin } from './plugins/BlockFormatPlugin';
import { CodeReplacementPlugin } from './plugins/CodeReplacementPlugin';
import { HouseFormatPlugin } from './plugins/HouseFormatPlugin';
import { LegacyTextPlugin } from './plugins/LegacyTextPlugin';
import { LinksPlugin } from './plugins/LinksPlugin';
import { MarkdownPlugin } from './plugins/MarkdownPlugin';
import { NfcPlugin } from './plugins/NfcPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { PhotosPlugin, type PhotosPluginProps } from './plugins/PhotosPlugin';
import { PhotoWordsPlugin, type PhotoWordsPluginProps } from './plugins/PhotoWordsPlugin';
import { SpellcheckPlugin } from './plugins/SpellcheckPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { VietInputPlugin } from './plugins/VietInputPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { WordUndoPlugin } from './plugins/WordUndoPlugin';
import { bodyTheme } from './theme';
import './BodyEditor.css';

export interface BodyEditorProps {
  /** The stored body; read once when the editor mounts (remount with a `key` to load another). */
  body: LexicalState | null;
  /** Plain text of the body, used if `body` cannot be read. */
  bodyText: string;
  editorRef: RefObject<LexicalEditor | null>;
  onChange: () => void;
  /** Labels the editable area, e.g. the id of a visually hidden heading. */
  labelledBy?: string;
  /** The desk's photos, for a tile dropped into the body. */
  photoLookup: PhotosPluginProps['lookup'];
  /** The desk's records: placed photos show their words (one caption per photo). */
  photoRecords: PhotoWordsPluginProps['records'];
  /** Words typed in a placed photo, for its record. */
  onPhotoWords: PhotoWordsPluginProps['onShared'];
  /** Put the caret at the start of the body once it is ready (an opened draft that has a headline). */
  autoFocus?: boolean;
  /** The story's language: what the spellchecker checks the body in. */
  language?: 'vi' | 'en';
}

function reportEditorError(error: Error): void {
  // The error boundary shows nothing useful to a reporter; the console keeps it for the log.
  console.error('[newsdesk] body editor error', error);
}

/**
 * The story body: paragraphs with bold and italic, subheads, lists, quotes, links, captioned
 * photos, Markdown shortcuts, undo/redo, code replacements, text kept in NFC.
 */
export function BodyEditor({
  body,
  bodyText,
  editorRef,
  onChange,
  labelledBy,
  photoLookup,
  photoRecords,
  onPhotoWords,
  autoFocus,
  language = 'vi',
}: BodyEditorProps) {
  const { t } = useTranslation();
  const { table } = useCodeTable();
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'newsdesk-body',
      theme: bodyTheme,
      nodes: [CaptionedPhotoNode, HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
      onError: reportEditorError,
      editorState: initialBody(body, bodyText, (error) => console.warn('[newsdesk] unreadable body', error)),
    }),
    // The composer reads its config once; later props must not pretend to change it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once on mount, by design
    [],
  );
  const placeholder = t('editor.bodyPlaceholder');

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <LegacyTextPlugin />
      <div className="body-frame">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-editable"
              data-testid="body"
              aria-labelledby={labelledBy}
              aria-placeholder={placeholder}
              placeholder={<div className="body-placeholder">{placeholder}</div>}
              // Our own checker marks misspellings (SpellcheckPlugin); the browser's would be a second opinion.
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <div className="body-status">
        <InputModeStatus />
        <WordCountPlugin />
      </div>
      <VietInputPlugin />
      <SpellcheckPlugin language={language} />
      <HistoryPlugin />
      <WordUndoPlugin onTyped={onChange} />
      <ListPlugin />
      <LinksPlugin />
      <BlockFormatPlugin />
      <MarkdownPlugin />
      <NfcPlugin />
      <HouseFormatPlugin />
      <CodeReplacementPlugin table={table} />
      <PhotosPlugin lookup={photoLookup} />
      <PastePlugin lookup={photoLookup} />
      <PhotoWordsPlugin records={photoRecords} onShared={onPhotoWords} />
      <EditorRefPlugin editorRef={editorRef} />
      {autoFocus && <AutoFocusPlugin defaultSelection="rootStart" />}
      <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={onChange} />
    </LexicalComposer>
  );
}
