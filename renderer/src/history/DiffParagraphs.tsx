import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffRun } from '../../../shared/history/wordDiff';

export interface DiffParagraphsProps {
  paragraphs: DiffRun[][];
  /** A long story: runs of unchanged paragraphs fold into one line that opens them. */
  collapseUnchanged?: boolean;
}

type Shown = { kind: 'paragraph'; runs: DiffRun[]; index: number } | { kind: 'folded'; count: number; from: number };

const unchanged = (runs: DiffRun[]) => runs.every((run) => run.kind === 'same');

/** Unchanged paragraphs between changed ones, two or more in a row, fold into one line. */
function foldUnchanged(paragraphs: DiffRun[][]): Shown[] {
  const shown: Shown[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    let end = i;
    while (end < paragraphs.length && unchanged(paragraphs[end])) end++;
    if (end - i >= 2) {
      shown.push({ kind: 'folded', count: end - i, from: i });
      i = end;
    } else {
      shown.push({ kind: 'paragraph', runs: paragraphs[i], index: i });
      i++;
    }
  }
  return shown;
}

/**
 * Paragraphs of a compared part. Added words are <ins>, removed ones <del>: underlined and struck
 * through (never colour alone), each starting with a visually hidden "added:"/"removed:".
 */
export function DiffParagraphs({ paragraphs, collapseUnchanged = false }: DiffParagraphsProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const shown: Shown[] =
    collapseUnchanged && !opened
      ? foldUnchanged(paragraphs)
      : paragraphs.map((runs, index) => ({ kind: 'paragraph', runs, index }));
  return (
    <>
      {shown.map((item) =>
        item.kind === 'folded' ? (
          <p key={`folded-${item.from}`} className="compare-folded">
            <button type="button" className="link-button" onClick={() => setOpened(true)}>
              {t('history.compare.folded', { count: item.count })}
            </button>
          </p>
        ) : (
          <p key={item.index} data-changed={!unchanged(item.runs)}>
            {item.runs.map((run, i) =>
              run.kind === 'added' ? (
                <ins key={i} data-testid="diff-added">
                  <span className="visually-hidden">{t('history.compare.addedMark')} </span>
                  {run.text}
                </ins>
              ) : run.kind === 'removed' ? (
                <del key={i} data-testid="diff-removed">
                  <span className="visually-hidden">{t('history.compare.removedMark')} </span>
                  {run.text}
                </del>
              ) : (
                <span key={i}>{run.text}</span>
              ),
            )}
          </p>
        ),
      )}
    </>
  );
}
