import { useState } from 'react';
import { currentLanguage } from '../../i18n';
import { formatClock } from '../format/time';
import { journalWord } from './journalWords';
import type { Autosave } from './useAutosave';
import './SaveStatus.css';

/**
 * Text an earlier page typed but never saw saved (the host was killed, the laptop slept, the tab
 * was reloaded), offered back as its own version: the reporter reads it beside the story shown
 * and restores it (the story shown stays in the history) or dismisses it. Never merged silently.
 */
export function UnsavedOffer({ autosave }: { autosave: Pick<Autosave, 'offer' | 'restoreOffer' | 'dismissOffer'> }) {
  const [problem, setProblem] = useState<string | null>(null);
  const { offer } = autosave;
  if (!offer) return null;
  const time = formatClock(new Date(offer.at), currentLanguage());
  const restore = () =>
    void autosave.restoreOffer().catch((error: unknown) => {
      setProblem(journalWord('restoreFailed', { reason: error instanceof Error ? error.message : String(error) }));
    });
  return (
    <section className="unsaved-offer" role="alert" data-testid="unsaved-offer">
      <strong>{journalWord('title', { time })}</strong>
      <p>{journalWord('hint')}</p>
      <details>
        <summary>{journalWord('show')}</summary>
        <div className="unsaved-offer-text" data-testid="unsaved-offer-text">
          <p className="unsaved-offer-headline">{offer.snapshot.headline}</p>
          {offer.snapshot.bodyText.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      </details>
      {problem && <p className="unsaved-offer-problem">{problem}</p>}
      <div className="unsaved-offer-actions">
        <button type="button" className="button button-small" data-testid="unsaved-restore" onClick={restore}>
          {journalWord('restore')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="unsaved-dismiss"
          onClick={autosave.dismissOffer}
        >
          {journalWord('dismiss')}
        </button>
      </div>
    </section>
  );
}
