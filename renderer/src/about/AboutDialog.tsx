import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platformOfAgent } from '../../../shared/commands/keyboard';
import type { ResponseOf } from '../../../shared/contract';
import { call } from '../api';
import { shortcutList } from './shortcutList';
import './about.css';

type About = ResponseOf<'app.about'>;

/**
 * Help → About: what a support person asks for (the version, the data and logs folders, which
 * can be selected and copied) and every keyboard shortcut, in the UI language.
 */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [about, setAbout] = useState<About | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    void call(window.newsdesk.app.about({})).then(setAbout, () => setAbout(null));
  }, []);
  const rows = shortcutList(platformOfAgent(navigator.userAgent));
  return (
    <dialog ref={dialog} className="about" data-testid="about" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">{t('about.title')}</h2>
      <dl className="about-facts">
        <dt>{t('about.version')}</dt>
        <dd data-testid="about-version">{about?.version ?? '…'}</dd>
        <dt>{t('about.dataFolder')}</dt>
        <dd data-testid="about-data-folder">
          <code>{about?.dataFolder ?? '…'}</code>
        </dd>
        <dt>{t('about.logsFolder')}</dt>
        <dd>
          <code>{about?.logsFolder ?? '…'}</code>
        </dd>
      </dl>
      <p className="about-support">{t('about.support')}</p>
      <h3>{t('about.shortcuts')}</h3>
      <table className="about-shortcuts" data-testid="about-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('about.command')}</th>
            <th scope="col">{t('about.shortcut')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>{t(row.key)}</td>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="about-actions">
        <button type="submit" className="button button-primary" data-testid="about-close" autoFocus>
          {t('about.close')}
        </button>
      </form>
    </dialog>
  );
}
