import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetCheck } from '../../../shared/contract/sync';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { failureText } from '../sync/words';

/** "Test connection" and what it found, one line per check, in words. */
export function TargetTest({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const [checks, setChecks] = useState<TargetCheck[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const test = () => {
    setBusy(true);
    setError(null);
    setChecks(null);
    call(window.newsdesk.sync.testTarget({ targetId })).then(
      (answer) => {
        setChecks(answer.checks);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(failure);
        setBusy(false);
      },
    );
  };

  return (
    <div className="target-test">
      <button
        type="button"
        className="button button-small target-test-button"
        data-testid="target-test"
        disabled={busy}
        onClick={test}
      >
        {busy ? t('sync.targets.testing') : t('sync.targets.test')}
      </button>
      {error !== null && (
        <p className="notice notice-error" role="alert">
          {t('sync.targets.testFailed', { reason: reasonOf(error, t) })}
        </p>
      )}
      {checks && (
        <ul className="target-checks" data-testid="target-checks">
          {checks.map((check) => (
            <li
              key={check.code}
              className={check.ok ? 'target-check target-check-ok' : 'target-check target-check-failed'}
              data-testid="target-check"
              data-code={check.code}
              data-ok={check.ok}
            >
              <span
                className="target-check-mark"
                aria-label={t(check.ok ? 'sync.targets.checkOk' : 'sync.targets.checkFailed')}
              >
                {check.ok ? '✓' : '✗'}
              </span>{' '}
              {t(`sync.checks.${check.code}`)}
              {check.code === 'categories' && check.names && (
                <>: {check.names.length > 0 ? check.names.join(', ') : t('sync.targets.categoriesNone')}</>
              )}
              {check.failure && <span className="target-check-why"> — {failureText(check.failure, t)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
