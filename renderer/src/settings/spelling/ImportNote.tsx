import { useTranslation } from 'react-i18next';
import type { WordListFileProblem } from '../../../../shared/text/spelling/wordList';
import { sizeOf } from '../textFile';

/** What an import did, or why the file was refused (the list then stayed as it was). */
export type Imported =
  | {
      ok: true;
      name: string;
      mode: 'replace' | 'merge';
      /** Entries read from the file. */
      read: number;
      /** Entries the list gained (all of them when it was replaced). */
      added: number;
      total: number;
      /** Line numbers left out for being too long. */
      skipped: number[];
      duplicates: number;
    }
  | { ok: false; name: string; problem: WordListFileProblem | { code: 'unreadable' } };

export function ImportNote({ note }: { note: Imported }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (!note.ok) {
    const { problem } = note;
    const values = {
      name: note.name,
      size: problem.code === 'too_big' ? sizeOf(problem.bytes, i18n.language) : '',
      max:
        problem.code === 'too_big'
          ? sizeOf(problem.maxBytes, i18n.language)
          : problem.code === 'too_many'
            ? number(problem.max)
            : '',
      entries: problem.code === 'too_many' ? number(problem.count) : '',
    };
    return (
      <p className="notice notice-error" role="alert" data-testid="outlet-import-problem">
        {t(`settings.spelling.fileProblem.${problem.code}`, values)}
      </p>
    );
  }
  return (
    <div className="codes-import" role="status" data-testid="outlet-import-note">
      <p>
        {note.mode === 'replace'
          ? t('settings.spelling.outlet.replaced', { count: note.total, name: note.name })
          : t('settings.spelling.outlet.merged', { count: note.added, name: note.name, total: number(note.total) })}
      </p>
      {note.duplicates > 0 && <p>{t('settings.spelling.outlet.duplicates', { count: note.duplicates })}</p>}
      {note.skipped.length > 0 && (
        <p className="settings-save-failed">
          {t('settings.spelling.outlet.skipped', {
            count: note.skipped.length,
            lines: note.skipped.slice(0, 10).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
