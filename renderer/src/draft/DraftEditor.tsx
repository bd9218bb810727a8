import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleFromDraft, type Article } from '../../../shared/article/article';
import type { Draft, RecoveryNotice as Notice } from '../../../shared/article/draft';
import type { CaptionedPhoto } from '../../../shared/article/lexical';
import { BodyEditor } from '../../editor/BodyEditor';
import { readBody } from '../../editor/body';
import type { CaptionedPhotoPayload } from '../../editor/nodes/CaptionedPhotoNode';
import { PhotoMediaContext, renditionUrl } from '../../editor/photoMedia';
import { INSERT_CAPTIONED_PHOTO_COMMAND } from '../../editor/plugins/PhotosPlugin';
import { SaveStatus } from '../autosave/SaveStatus';
import { StoryCredits, StoryIntro, StoryMeta } from '../article/ArticleBlocks';
import { blocksOf } from '../article/articleBlocks';
import { CharCount } from '../article/CharCount';
import { limitsOf } from '../article/templates';
import { useTemplate } from '../article/TemplatesContext';
import { useHouseStyle } from '../article/useHouseStyle';
import { FinishPanel } from '../finish/FinishPanel';
import { jumpTo } from '../finish/jump';
import { useFinish } from '../finish/useFinish';
import { ArticlePreview } from '../preview/ArticlePreview';
import { useArticleBlocks } from '../article/useArticleBlocks';
import { unsavedSnapshotOf, type DraftSnapshot } from '../autosave/registry';
import { useAutosave } from '../autosave/useAutosave';
import { HistoryPanel } from '../history/HistoryPanel';
import { PhotoDesk } from '../photos/PhotoDesk';
import { placementOf } from '../photos/renditions';
import { useMediaBase, usePhotos } from '../photos/usePhotos';
import { RecoveryNotice } from '../recovery/RecoveryNotice';
import { hrefOf } from '../route';
import { HeadlineField } from './HeadlineField';
import { useDraftActions, type DraftActionsDeps } from './useDraftActions';
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
  // Text from an earlier visit that has not reached the disk yet wins over the stored copy.
  const [initial] = useState<DraftSnapshot>(
    () =>
      unsavedSnapshotOf(draft.id) ?? {
        headline: draft.headline,
        body: draft.body,
        bodyText: draft.bodyText,
        blocks: blocksOf(draft),
      },
  );
  const [headline, setHeadline] = useState(initial.headline);
  const headlineRef = useRef(initial.headline);
  const editorRef = useRef<LexicalEditor | null>(null);
  // Kept current by useArticleBlocks; the snapshot reads it at save time.
  const blocksRef = useRef(initial.blocks);

  // Read at save time, from refs: always the newest text, and a stable identity for the saver.
  const snapshot = useCallback((): DraftSnapshot => {
    const editor = editorRef.current;
    const body = editor ? readBody(editor) : { body: initial.body, bodyText: initial.bodyText };
    return { headline: headlineRef.current, ...body, blocks: blocksRef.current };
  }, [initial]);

  const autosave = useAutosave(draft.id, new Date(draft.updatedAt), snapshot);
  const currentArticle = useCallback((): Article => {
    const { headline, body, bodyText, blocks } = snapshot();
    return articleFromDraft({ ...draft, headline, body, bodyText, ...blocks });
  }, [draft, snapshot]);
  const finishRef = useRef<(() => void) | null>(null);
  const { changed: autosaveChanged } = autosave;
  // Every edit goes to the autosaver, and to an open checklist so it follows the text.
  const changed = useCallback(() => {
    autosaveChanged();
    finishRef.current?.();
  }, [autosaveChanged]);
  const article = useArticleBlocks(initial.blocks, blocksRef, changed);
  const template = useTemplate(article.blocks.template);
  const finish = useFinish({
    id: draft.id,
    initialStatus: draft.status,
    article: currentArticle,
    template,
    flush: autosave.flush,
  });
  useEffect(() => {
    finishRef.current = finish.noteChange;
  }, [finish.noteChange]);
  const [preview, setPreview] = useState<Article | null>(null);
  const houseStyle = useHouseStyle();
  // Spellcheck and screen readers treat the story in its own language, whatever the UI's.
  const storyLanguage = article.blocks.language;
  const actions = useDraftActions({ id: draft.id, autosave, editorRef, headlineRef, onReplaced });
  const articleProps = { blocks: article.blocks, update: article.update, readOnly: actions.locked };
  const [photosOpen, setPhotosOpen] = useState(false);
  const desk = usePhotos(draft.id);
  const mediaBase = useMediaBase();
  const media = useMemo(() => (mediaBase === null ? null : { mediaBase, draftId: draft.id }), [mediaBase, draft.id]);
  const photosRef = useRef(desk.photos);
  useEffect(() => {
    photosRef.current = desk.photos;
  }, [desk.photos]);
  const photoLookup = useCallback((photoId: string) => {
    const record = photosRef.current.find((p) => p.id === photoId);
    return record ? placementOf(record) : undefined;
  }, []);
  const placePhoto = useCallback((payload: CaptionedPhotoPayload) => {
    editorRef.current?.dispatchCommand(INSERT_CAPTIONED_PHOTO_COMMAND, payload);
  }, []);
  const photoSrc = useCallback((photo: CaptionedPhoto) => renditionUrl(media, photo.src ?? undefined) ?? null, [media]);
  const sideOpen = historyOpen || photosOpen || finish.open;
  const jump = useCallback((target: Parameters<typeof jumpTo>[0]) => {
    setPreview(null);
    if (target.block === 'photos' && target.index === undefined) setPhotosOpen(true);
    // After the editor is shown again (the preview may have hidden it).
    window.requestAnimationFrame(() => jumpTo(target, () => editorRef.current?.focus()));
  }, []);

  const onHeadline = useCallback(
    (next: string) => {
      if (next === headlineRef.current) return;
      headlineRef.current = next;
      setHeadline(next);
      changed();
    },
    [changed],
  );

  return (
    <PhotoMediaContext.Provider value={media}>
      <main
        className={
          sideOpen
            ? `screen draft-screen draft-screen-wide${photosOpen ? ' draft-screen-photos' : ''}`
            : 'screen draft-screen'
        }
      >
        <nav className="draft-bar">
          <a className="back-link" href={hrefOf({ screen: 'drafts' })} data-testid="back">
            <span aria-hidden="true">←</span> {t('editor.back')}
          </a>
          <div className="draft-save">
            <SaveStatus state={autosave.state} onRetry={autosave.retry} />
          </div>
          <div className="draft-tools">
            <span
              className={`draft-status draft-status-${finish.status}`}
              data-testid="draft-status"
              data-status={finish.status}
            >
              {t(`status.${finish.status}`)}
            </span>
            <button
              type="button"
              className="button button-small"
              data-testid="open-preview"
              aria-pressed={preview !== null}
              onClick={() => setPreview((shown) => (shown ? null : currentArticle()))}
            >
              {t('preview.title')}
            </button>
            <button
              type="button"
              className="button button-small button-primary"
              data-testid="finish"
              title={t('finish.openLabel')}
              disabled={actions.locked}
              onClick={() => void finish.finish()}
            >
              {t('finish.open')}
            </button>
            <button
              type="button"
              className="button button-small"
              data-testid="open-photos"
              aria-pressed={photosOpen}
              onClick={() => setPhotosOpen((open) => !open)}
            >
              {t('photos.open', { count: desk.photos.length })}
            </button>
            <button
              type="button"
              className="button button-small"
              data-testid="open-history"
              aria-pressed={historyOpen}
              onClick={onToggleHistory}
            >
              {t('history.open')}
            </button>
            <button
              type="button"
              className="button button-small button-danger"
              data-testid="trash-draft"
              title={t('editor.trashLabel')}
              disabled={actions.locked}
              onClick={() => void actions.trash()}
            >
              {t('editor.trash')}
            </button>
          </div>
        </nav>
        {actions.trashBlocked && (
          <p className="notice notice-error" role="alert">
            {t('editor.trashUnsaved')}
          </p>
        )}
        <div className="draft-layout">
          <div className="draft-main">
            {recovery && <RecoveryNotice id={draft.id} notice={recovery} onDismissed={onRecoveryDismissed} />}
            {preview && (
              <ArticlePreview
                article={preview}
                outletTag={houseStyle.outlet}
                houseStyle={houseStyle}
                photoSrc={photoSrc}
                onClose={() => setPreview(null)}
              />
            )}
            <article className="story" hidden={preview !== null}>
              <StoryMeta {...articleProps} />
              <HeadlineField
                value={headline}
                onChange={onHeadline}
                onDone={() => editorRef.current?.focus()}
                lang={storyLanguage}
                autoFocus={initial.headline === ''}
                readOnly={actions.locked}
              />
              <CharCount text={headline} max={limitsOf(template).headlineMaxChars} testId="headline-count" />
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
                  photoLookup={photoLookup}
                  autoFocus={initial.headline !== '' && !actions.locked}
                />
              </div>
              <StoryCredits {...articleProps} />
            </article>
          </div>
          {sideOpen && (
            <div className="draft-side">
              {finish.open && <FinishPanel finish={finish} onJump={jump} readOnly={actions.locked} />}
              {photosOpen && (
                <PhotoDesk
                  draftId={draft.id}
                  media={media}
                  desk={desk}
                  onPlace={placePhoto}
                  onClose={() => setPhotosOpen(false)}
                />
              )}
              {historyOpen && <HistoryPanel id={draft.id} onRestore={actions.restore} onClose={onToggleHistory} />}
            </div>
          )}
        </div>
      </main>
    </PhotoMediaContext.Provider>
  );
}
