import { useTranslation } from 'react-i18next';
import { isBlocking, type FinishItem, type FinishTarget } from '../../../shared/templates';
import { useSidePanel } from '../draft/useSidePanel';
import { reasonOf } from '../format/reason';
import { FinishLine, type UnplacedPhotos } from './FinishLine';
import type { Finish } from './useFinish';
import './finish.css';

export interface FinishPanelProps {
  finish: Finish;
  onJump: (target: FinishTarget) => void;
  /** The desk's photos the story does not use yet: a "too few photos" line offers to place them. */
  unplacedPhotos: UnplacedPhotos;
  readOnly?: boolean;
}

/**
 * The Finish checklist: what must be fixed (blocking) and what to look at (warnings), each line a
 * button that takes the reporter to the place; and the button that marks the story finished —
 * the second step, never taken by opening the list. With warnings open, the button says how many
 * ("Finish with 2 warnings"): that one click is the acknowledgement. While blockers are open it is
 * disabled and says so ("2 problems to fix before Finish"), never offering the warnings' click.
 */
export function FinishPanel({ finish, onJump, unplacedPhotos, readOnly }: FinishPanelProps) {
  const { t } = useTranslation();
  const blocking = finish.items.filter(isBlocking);
  const warnings = finish.items.filter((item) => !isBlocking(item));
  const { phase, status } = finish;
  const { ref: drawerRef, onKeyDown: onDrawerKey } = useSidePanel(finish.close);
  const pressable = !readOnly && blocking.length === 0 && phase.kind !== 'finishing' && status !== 'finished';
  // The label is the button's accessible name too: a disabled button says what keeps it so, and
  // only a button that can be pressed names the warnings its click acknowledges.
  const markLabel = (): string => {
    if (phase.kind === 'finishing') return t('finish.finishing');
    if (status === 'finished') return t('finish.alreadyFinished');
    if (blocking.length > 0) return t('finish.blockedBy', { count: blocking.length });
    if (pressable && warnings.length > 0) return t('finish.finishWithWarnings', { count: warnings.length });
    return t('finish.markFinished');
  };
  const line = (item: FinishItem) => (
    <FinishLine key={item.key} item={item} onJump={onJump} unplaced={unplacedPhotos} readOnly={readOnly} />
  );

  return (
    <aside
      ref={drawerRef}
      onKeyDown={onDrawerKey}
      className="side-panel finish-panel"
      data-testid="finish-panel"
      aria-labelledby="finish-title"
    >
      <div className="side-panel-head">
        <h2 id="finish-title">{t('finish.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('finish.close')}
          data-testid="close-finish"
          onClick={finish.close}
        >
          ×
        </button>
      </div>
      <p
        className={blocking.length > 0 ? 'finish-summary finish-summary-blocked' : 'finish-summary'}
        data-testid="finish-summary"
        role="status"
      >
        {blocking.length > 0 ? t('finish.blockingCount', { count: blocking.length }) : t('finish.ready')}
        {warnings.length > 0 && (
          <span className="finish-summary-warnings"> {t('finish.warningCount', { count: warnings.length })}</span>
        )}
      </p>
      {finish.items.length > 0 && (
        <ul className="finish-list" data-testid="finish-list">
          {blocking.map(line)}
          {warnings.map(line)}
        </ul>
      )}
      {phase.kind === 'failed' && (
        <p className="notice notice-error" role="alert" data-testid="finish-failed">
          {t('finish.failed', { reason: reasonOf(phase.error, t) })}
        </p>
      )}
      {status === 'finished' && (
        <p className="notice finish-done" data-testid="finish-done">
          {t('finish.finished')}
        </p>
      )}
      {status === 'modified' && <p className="notice">{t('finish.modified')}</p>}
      <button
        type="button"
        className="button button-primary finish-mark"
        data-testid="finish-mark"
        disabled={!pressable}
        onClick={() => void finish.finish()}
      >
        {markLabel()}
      </button>
    </aside>
  );
}
