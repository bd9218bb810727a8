import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeReplacement } from '../../../shared/text/codeReplacements';
import { parseCodeTable, serialiseCodeTable } from '../../../shared/text/codeReplacements';
import { call } from '../api';
import { tableOf } from '../../ui/codeTable';
import { useSaveStatus } from '../format/useSaveStatus';
import { entriesOf, lineErrorText, mergeImported, rowProblems, type CodeRow } from './codeRows';
import { downloadTextFile } from './textFile';

const SAVE_AFTER_MS = 600;
let nextKey = 0;
const newKey = () => `row-${nextKey++}`;

/** The code-replacement table: edit rows, import and export TSV; saved whenever every row is valid. */
export function CodeTableEditor({ stored }: { stored: readonly CodeReplacement[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<CodeRow[]>(() => stored.map((e) => ({ key: newKey(), ...e })));
  const save = useSaveStatus();
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [importNote, setImportNote] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const lastCode = useRef<HTMLInputElement>(null);
  const problems = rowProblems(rows);
  const valid = problems.every((p) => p === undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (next: CodeRow[]) => {
    setRows(next);
    save.clear();
    window.clearTimeout(timer.current);
    if (!rowProblems(next).every((p) => p === undefined)) return;
    timer.current = window.setTimeout(() => {
      void save.track(call(window.newsdesk.settings.update({ codeReplacements: entriesOf(next) })));
    }, SAVE_AFTER_MS);
  };
  const edit = (key: string, field: 'code' | 'replacement', value: string) =>
    change(rows.map((r) => (r.key === key ? { ...r, [field]: value.normalize('NFC') } : r)));

  const importFile = async (file: File) => {
    const { table, errors } = parseCodeTable(await file.text());
    setImportErrors(errors.map((e) => lineErrorText(e, t('settings.codes.line'))));
    setImportNote(t('settings.codes.imported', { count: table.entries.length, name: file.name }));
    if (table.entries.length > 0) change(mergeImported(rows, table.entries, newKey));
  };

  const exportFile = () => {
    const valid = entriesOf(rows).filter((_, i) => problems[i] === undefined);
    downloadTextFile(
      'newsdesk-codes.tsv',
      serialiseCodeTable(tableOf(valid)),
      'text/tab-separated-values;charset=utf-8',
    );
  };

  return (
    <section className="settings-section" aria-labelledby="codes-title">
      <h2 id="codes-title">{t('settings.codes.title')}</h2>
      <p className="settings-hint">{t('settings.codes.hint')}</p>
      <div className="codes-tools">
        <button
          type="button"
          className="button button-small"
          data-testid="add-code"
          onClick={() => {
            change([...rows, { key: newKey(), code: '', replacement: '' }]);
            requestAnimationFrame(() => lastCode.current?.focus());
          }}
        >
          {t('settings.codes.add')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="import-codes-button"
          onClick={() => fileInput.current?.click()}
        >
          {t('settings.codes.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".tsv,.txt,text/tab-separated-values,text/plain"
          hidden
          data-testid="import-codes"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className="button button-small" data-testid="export-codes" onClick={exportFile}>
          {t('settings.codes.export')}
        </button>
        <span
          className={save.state.status === 'failed' ? 'settings-save settings-save-failed' : 'settings-save'}
          role="status"
          data-testid="codes-save-status"
        >
          {save.state.status === 'failed' || valid ? save.text : t('settings.codes.fixRows')}
        </span>
      </div>
      {(importNote || importErrors.length > 0) && (
        <div className="codes-import" role="status">
          {importNote && <p>{importNote}</p>}
          {importErrors.length > 0 && (
            <ul className="codes-import-errors" aria-label={t('settings.codes.problems')}>
              {importErrors.map((error) => (
                <li key={error} data-testid="import-code-error">
                  {error}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <table className="codes-table">
        <thead>
          <tr>
            <th scope="col">{t('settings.codes.code')}</th>
            <th scope="col">{t('settings.codes.replacement')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('settings.codes.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key} data-testid="code-row" className={problems[index] ? 'code-row-bad' : undefined}>
              <td>
                <input
                  ref={index === rows.length - 1 ? lastCode : undefined}
                  data-testid="code-input"
                  aria-label={t('settings.codes.code')}
                  aria-invalid={problems[index] === 'code' || problems[index] === 'duplicate'}
                  value={row.code}
                  spellCheck={false}
                  onChange={(event) => edit(row.key, 'code', event.target.value)}
                />
                {problems[index] && row.code !== '' && (
                  <span className="code-problem">{t(`settings.codes.problem.${problems[index]}`)}</span>
                )}
              </td>
              <td>
                <input
                  data-testid="replacement-input"
                  aria-label={t('settings.codes.replacement')}
                  aria-invalid={problems[index] === 'replacement'}
                  value={row.replacement}
                  lang="vi"
                  onChange={(event) => edit(row.key, 'replacement', event.target.value)}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  data-testid="remove-code"
                  aria-label={t('settings.codes.removeLabel', { code: row.code })}
                  onClick={() => change(rows.filter((r) => r.key !== row.key))}
                >
                  {t('settings.codes.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="settings-hint">{t('settings.codes.empty')}</p>}
    </section>
  );
}
