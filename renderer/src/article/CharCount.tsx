import { useTranslation } from 'react-i18next';
import { charCount } from './articleBlocks';

export interface CharCountProps {
  text: string;
  /** The template's limit; no limit shows the count alone. */
  max: number | undefined;
  testId: string;
}

/** "87/120" under a field; red once the text is longer than the template allows. */
export function CharCount({ text, max, testId }: CharCountProps) {
  const { t } = useTranslation();
  const count = charCount(text);
  const over = max !== undefined && count > max;
  return (
    <span
      className={over ? 'char-count char-count-over' : 'char-count'}
      data-testid={testId}
      data-over={over}
      title={max === undefined ? undefined : t('article.charLimit', { count: max })}
    >
      {max === undefined ? t('article.chars', { count }) : `${count}/${max}`}
      {over && <span className="visually-hidden"> {t('article.overLimit', { count: count - max })}</span>}
    </span>
  );
}
