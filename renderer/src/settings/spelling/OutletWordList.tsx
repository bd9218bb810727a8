import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPELLING_LIST_MAX, type SpellingSettings } from '../../../../shared/contract/spellingSettings';
import {
  formatWordList,
  mergeWordLists,
  readWordListFile,
  WORD_LIST_FILE_MAX_BYTES,
  type WordListFileProblem,
} from '../../../../shared/text/spelling/wordList';
import { downloadTextFile } from '../textFile';
import { ImportNote, type Imported } from './ImportNote';

type Mode = 'replace' | 'merge';
const MAX = SPELLING_LIST_MAX.outlet;
/** Shown on the page at most; the export has them all. */
const SHOWN = 500;
export const OUTLET_FILE_NAME = 'newsdesk-outlet-words.txt';

interface Props {
  spelling: SpellingSettings;
  save: (next: SpellingSettings) => Promise<boolean>;
}

/**
 * The desk's shared list: its count, import from a plain text file (replacing the list or adding
 * to it, as chosen) and export as the same kind of file. A wrong file is refused before anything
 * is saved, with what to do; the list then stays as it was.
 */
export function OutletWordList({ spelling, save }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('replace');
  const [note, setNote] = useState<Imported | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const outlet = spelling.outlet;

  const importFile = async (file: File) => {
    const refuse = (problem: WordListFileProblem) => setNote({ ok: false, name: file.name, problem });
    // Larger than any list: refused unread.
    if (file.size > WORD_LIST_FILE_MAX_BYTES)
      return refuse({ code: 'too_big', bytes: file.size, maxBytes: WORD_LIST_FILE_MAX_BYTES });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return setNote({ ok: false, name: file.name, problem: { code: 'unreadable' } });
    }
    const read = readWordListFile(bytes, MAX);
    if (!read.ok) return refuse(read.problem);
    const next = mode === 'replace' ? read.entries : mergeWordLists(outlet, read.entries);
    if (next.length > MAX) return refuse({ code: 'too_many', count: next.length, max: MAX });
    if (!(await save({ ...spelling, outlet: next }))) return setNote(null);
    setNote({
      ok: true,
      name: file.name,
      mode,
      read: read.entries.length,
      added: next.length - (mode === 'replace' ? 0 : outlet.length),
      total: next.length,
      skipped: read.skipped.map((s) => s.line),
      duplicates: read.duplicates,
    });
  };

  const exportFile = () =>
    downloadTextFile(OUTLET_FILE_NAME, formatWordList(outlet, t('settings.spelling.outlet.fileHeading')));

  return (
    <div className="spelling-list" data-testid="outlet-words">
      <h3>{t('settings.spelling.outlet.title')}</h3>
      <p className="settings-hint">
        {t('settings.spelling.outlet.hint')}{' '}
        <strong data-testid="outlet-count">{t('settings.spelling.outlet.count', { count: outlet.length })}</strong>
      </p>
      <fieldset className="spelling-mode">
        <legend>{t('settings.spelling.outlet.mode')}</legend>
        {(['replace', 'merge'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="outlet-import-mode"
              value={option}
              data-testid={`outlet-mode-${option}`}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            {t(`settings.spelling.outlet.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="codes-tools">
        <button
          type="button"
          className="button button-small"
          data-testid="outlet-import-button"
          onClick={() => fileInput.current?.click()}
        >
          {t('settings.spelling.outlet.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,text/plain"
          hidden
          data-testid="outlet-import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button
          type="button"
          className="button button-small"
          data-testid="outlet-export"
          onClick={exportFile}
          disabled={outlet.length === 0}
        >
          {t('settings.spelling.outlet.export')}
        </button>
      </div>
      {note && <ImportNote note={note} />}
      {outlet.length === 0 ? (
        <p className="settings-hint">{t('settings.spelling.outlet.empty')}</p>
      ) : (
        <details className="spelling-entries">
          <summary>{t('settings.spelling.outlet.show')}</summary>
          {outlet.length > SHOWN && (
            <p className="settings-hint">
              {t('settings.spelling.outlet.shownFirst', { shown: SHOWN, total: outlet.length })}
            </p>
          )}
          <ul className="spelling-words spelling-words-plain" data-testid="outlet-entries">
            {outlet.slice(0, SHOWN).map((entry) => (
              <li key={entry} lang="vi">
                {entry}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
