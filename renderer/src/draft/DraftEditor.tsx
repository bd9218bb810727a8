import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleFromDraft, type Article } from '../../../shared/article/article';
import type { Draft, RecoveryNotice as Notice } from '../../../shared/article/draft';
import { BodyEditor } from '../../editor/BodyEditor';
import { StorySpellingProvider } from '../../editor/spelling/storySpelling';
import { PhotoMediaContext } from '../../editor/photoMedia';
import { StoryCredits, StoryIntro, StoryMeta } from '../article/ArticleBlocks';
import { CharCount } from '../article/CharCount';
import { limitsOf } from '../article/templates';
import { useTemplate } from '../article/TemplatesContext';
import { useArticleBlocks } from '../article/useArticleBlocks';
import { useHouseStyle } from '../article/useHouseStyle';
import { useAutosave } from '../autosave/useAutosave';
import { FindReplace } from '../find/FindReplace';
import { FinishPanel } from '../finish/FinishPanel';
import { useUnplacedPhotos } from '../finish/useUnplacedPhotos';
import { HistoryPanel } from '../history/HistoryPanel';
import { PhotoDesk } from '../photos/PhotoDesk';
import { ArticlePreview } from '../preview/ArticlePreview';
import { RecoveryNotice } from '../recovery/RecoveryNotice';
import { SyncPanel } from '../sync/SyncPanel';
import { DraftBar } from './DraftBar';
import { HeadlineField } from './HeadlineField';
import { useDraftActions, type DraftActionsDeps } from './useDraftActions';
import { useDraftCommands } from './useDraftCommands';
import { useDraftPhotos } from './useDraftPhotos';
import { useDraftFinish, useEditsFollowed, useJump } from './useDraftFinish';
import { useDraftText } from './useDraftText';
import { useIgnoredWords } from './useIgnoredWords';
import { usePreview } from './usePreview';
import './draft.css';

export interface DraftEditorProps {
  draft: Draft;
  recovery: Notice | null;
  historyOpen: boolean;
  onToggleHistory: () => void;
  onReplaced: DraftActionsDeps['onReplaced'];
  onRecoveryDismissed: () => void;
}

/** Headline, body, save status, history and delete of one open draft. */
export function DraftEditor({
  draft,
  recovery,
  historyOpen,
  onToggleHistory,
  onReplaced,
  onRecoveryDismissed,
}: DraftEditorProps) {
  const { t } = useTranslation();
  const bodyLabel = useId();
  const text = useDraftText(draft);
  const { initial, editorRef, snapshot } = text;
  const autosave = useAutosave(draft.id, new Date(draft.updatedAt), snapshot);
  const photos = useDraftPhotos(draft.id, editorRef);
  const { records } = photos;
  // Placed photos read their words from the records: the checklist and preview say what exports will.
  const currentArticle = useCallback((): Article => {
    const { headline, body, bodyText, blocks } = snapshot();
    return articleFromDraft({ ...draft, headline, body, bodyText, ...blocks }, records());
  }, [draft, snapshot, records]);
  const { changed, checklistRef } = useEditsFollowed(autosave.changed);
  const article = useArticleBlocks(initial.blocks, text.blocksRef, changed);
  const ignoredWords = useIgnoredWords(article, text.blocksRef);
  const template = useTemplate(article.blocks.template);
  const finish = useDraftFinish({ draft, article: currentArticle, template, flush: autosave.flush, checklistRef });
  const unplacedPhotos = useUnplacedPhotos(finish, photos.desk.photos, currentArticle, photos.place);
  const preview = usePreview(currentArticle);
  const houseStyle = useHouseStyle();
  const { setOpen: setPhotosOpen } = photos;
  const openPhotos = useCallback(() => setPhotosOpen(true), [setPhotosOpen]);
  const focusBody = useCallback(() => editorRef.current?.focus(), [editorRef]);
  const jump = useJump(preview.close, openPhotos, focusBody);
  const actions = useDraftActions({ id: draft.id, autosave, editorRef, headlineRef: text.headlineRef, onReplaced });
  const { takeHeadline } = text;
  const onHeadline = useCallback((next: string) => takeHeadline(next) && changed(), [takeHeadline, changed]);
  // Spellcheck and screen readers treat the story in its own language, whatever the UI's.
  const storyLanguage = article.blocks.language;
  const articleProps = { blocks: article.blocks, update: article.update, readOnly: actions.locked };
  const [syncOpen, setSyncOpen] = useState(false);
  const sideOpen = historyOpen || photos.open || finish.open || syncOpen;
  const [finding, setFinding] = useState(false);
  // The menu's and the keyboard's draft commands (shared/commands): Ctrl/Cmd+S, P, Shift+F, Enter, H.
  useDraftCommands({
    finished: finish.status === 'finished',
    saveNow: () => void autosave.flush(),
    togglePreview: preview.toggle,
    openFinish: () => void finish.show(),
    openSend: () => setSyncOpen(true),
    openFind: () => setFinding(true),
  });

  return (
    <PhotoMediaContext.Provider value={photos.media}>
      {/* The story's plain fields (headline, lead, captions) are checked in its language. */}
      <StorySpellingProvider language={storyLanguage} {...ignoredWords}>
        <main
          className={
            sideOpen
              ? `screen draft-screen draft-screen-wide${photos.open ? ' draft-screen-photos' : ''}`
              : 'screen draft-screen'
          }
        >
          <DraftBar
            autosave={autosave}
            status={finish.status}
            previewShown={preview.article !== null}
            onPreview={preview.toggle}
            finishOpen={finish.open}
            onFinish={() => void finish.show()}
            photoCount={photos.desk.photos.length}
            photosOpen={photos.open}
            onPhotos={() => setPhotosOpen((open) => !open)}
            historyOpen={historyOpen}
            onHistory={onToggleHistory}
            syncOpen={syncOpen}
            onSync={() => setSyncOpen((open) => !open)}
            onTrash={() => void actions.trash()}
            locked={actions.locked}
          />
          {actions.trashBlocked && (
            <p className="notice notice-error" role="alert">
              {t('editor.trashUnsaved')}
            </p>
          )}
          <div className="draft-layout">
            <div className="draft-main">
              {recovery && <RecoveryNotice id={draft.id} notice={recovery} onDismissed={onRecoveryDismissed} />}
              {preview.article && (
                <ArticlePreview
                  article={preview.article}
                  outletTag={houseStyle.outlet}
                  houseStyle={houseStyle}
                  photoSrc={photos.photoSrc}
                  onClose={preview.close}
                />
              )}
              {finding && !actions.locked && (
                <FindReplace
                  headline={text.headline}
                  onHeadline={onHeadline}
                  article={article}
                  editorRef={editorRef}
                  onClose={() => setFinding(false)}
                />
              )}
              <article className="story" hidden={preview.article !== null}>
                <StoryMeta {...articleProps} />
                <HeadlineField
                  value={text.headline}
                  onChange={onHeadline}
                  onDone={() => editorRef.current?.focus()}
                  lang={storyLanguage}
                  autoFocus={initial.headline === ''}
                  readOnly={actions.locked}
                />
                <CharCount text={text.headline} max={limitsOf(template).headlineMaxChars} testId="headline-count" />
                <StoryIntro {...articleProps} />
                <h2 id={bodyLabel} className="visually-hidden">
                  {t('editor.body')}
                </h2>
                <div lang={storyLanguage}>
                  <BodyEditor
                    body={initial.body}
                    bodyText={initial.bodyText}
                    editorRef={editorRef}
                    onChange={changed}
                    labelledBy={bodyLabel}
                    photoLookup={photos.lookup}
                    photoRecords={photos.bodyRecords}
                    onPhotoWords={photos.share}
                    autoFocus={initial.headline !== '' && !actions.locked}
                    language={storyLanguage}
                  />
                </div>
                <StoryCredits {...articleProps} />
              </article>
            </div>
            {sideOpen && (
              <div className="draft-side">
                {finish.open && (
                  <FinishPanel
                    finish={finish}
                    onJump={jump}
                    unplacedPhotos={unplacedPhotos}
                    readOnly={actions.locked}
                  />
                )}
                {photos.open && (
                  <PhotoDesk
                    draftId={draft.id}
                    language={storyLanguage}
                    media={photos.media}
                    desk={photos.desk}
                    onPlace={photos.place}
                    onClose={() => setPhotosOpen(false)}
                  />
                )}
                {syncOpen && <SyncPanel draftId={draft.id} status={finish.status} onClose={() => setSyncOpen(false)} />}
                {historyOpen && (
                  <HistoryPanel
                    id={draft.id}
                    onRestore={actions.restore}
                    onSaveNow={autosave.flush}
                    onClose={onToggleHistory}
                  />
                )}
              </div>
            )}
          </div>
        </main>
      </StorySpellingProvider>
    </PhotoMediaContext.Provider>
  );
}
