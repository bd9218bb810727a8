import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import {
  dateTextOf,
  offsetLabelOf,
  parseTypedDate,
  parseTypedTime,
  timeTextOf,
  withDate,
  withTime,
} from './datelineInput';

export interface DatelineWhenProps {
  /** The stored date-time with its offset, or null when the story has no dateline yet. */
  dateTime: string | null;
  onDateTime: (iso: string) => void;
  /** Now on this machine's clock and offset. */
  now: () => string;
  readOnly?: boolean;
}

type Part = 'date' | 'time';

/**
 * The dateline's date and time as two typed fields — dd/mm/yyyy and 24-hour, whatever the
 * operating system's locale (a native date field follows the OS, and showed US order in the
 * Vietnamese UI) — with a calendar and a "Now" button beside them and the offset shown. Text that
 * is not a date yet stays in the field, marked, and is never replaced by anything: only a
 * complete, real date or time is stored, and it changes only its own part.
 */
export function DatelineWhen({ dateTime, onDateTime, now, readOnly }: DatelineWhenProps) {
  const { t } = useTranslation();
  const [dateText, setDateText] = useState(() => (dateTime ? dateTextOf(dateTime) : ''));
  const [timeText, setTimeText] = useState(() => (dateTime ? timeTextOf(dateTime) : ''));
  const [shown, setShown] = useState(dateTime);
  const [left, setLeft] = useState<Part | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  // Changed from outside (Now, the place auto-fill, undo, a restore): show what is stored now.
  if (dateTime !== shown) {
    setShown(dateTime);
    setDateText(dateTime ? dateTextOf(dateTime) : '');
    setTimeText(dateTime ? timeTextOf(dateTime) : '');
  }

  const commit = (iso: string | null) => {
    if (!iso || iso === dateTime) return;
    setShown(iso);
    onDateTime(iso);
  };
  /** Now or the calendar: both fields show what was chosen. */
  const replace = (iso: string | null) => {
    if (!iso) return;
    setDateText(dateTextOf(iso));
    setTimeText(timeTextOf(iso));
    setLeft(null);
    commit(iso);
  };
  const onDate = (text: string) => {
    setDateText(text);
    const date = parseTypedDate(text);
    if (date) commit(withDate(dateTime ?? now(), date));
  };
  const onTime = (text: string) => {
    setTimeText(text);
    const time = parseTypedTime(text);
    if (time) commit(withTime(dateTime ?? now(), time));
  };
  const dateBad = dateText !== '' && parseTypedDate(dateText) === null;
  const timeBad = timeText !== '' && parseTypedTime(timeText) === null;
  // Said once the reporter leaves the field: "15/10/2" mid-typing is not a mistake yet.
  const problem =
    left === 'date' && dateBad
      ? t('article.datelineBadDate')
      : left === 'time' && timeBad
        ? t('article.datelineBadTime')
        : dateBad || timeBad
          ? ''
          : null;
  const tidy = (part: Part) => {
    setLeft(part);
    // "16h41" settles as "16:41" once it is stored, so the field shows what was understood.
    if (part === 'date' && !dateBad && dateTime && dateText !== '') setDateText(dateTextOf(dateTime));
    if (part === 'time' && !timeBad && dateTime && timeText !== '') setTimeText(timeTextOf(dateTime));
  };

  return (
    <div className="dateline-when" role="group" aria-label={t('article.datelineDateTime')}>
      <TextField
        className="article-input dateline-date"
        data-testid="dateline-date"
        aria-label={t('article.datelineDate')}
        aria-invalid={left === 'date' && dateBad}
        aria-describedby={problem ? 'dateline-problem' : undefined}
        placeholder={t('article.datelineDatePlaceholder')}
        inputMode="numeric"
        autoComplete="off"
        value={dateText}
        onValue={onDate}
        onFocus={() => setLeft(null)}
        onBlur={() => tidy('date')}
        readOnly={readOnly}
      />
      <TextField
        className="article-input dateline-time"
        data-testid="dateline-time"
        aria-label={t('article.datelineTime')}
        aria-invalid={left === 'time' && timeBad}
        aria-describedby={problem ? 'dateline-problem' : undefined}
        placeholder={t('article.datelineTimePlaceholder')}
        inputMode="numeric"
        autoComplete="off"
        value={timeText}
        onValue={onTime}
        onFocus={() => setLeft(null)}
        onBlur={() => tidy('time')}
        readOnly={readOnly}
      />
      <span className="dateline-offset" data-testid="dateline-offset" title={t('article.datelineOffsetHint')}>
        {dateTime ? offsetLabelOf(dateTime) : ''}
      </span>
      <button
        type="button"
        className="button button-small"
        data-testid="dateline-pick"
        title={t('article.datelinePick')}
        disabled={readOnly}
        onClick={() => picker.current?.showPicker()}
      >
        {t('article.datelineCalendar')}
      </button>
      {/* The calendar only: what it picks is shown, and edited, in the typed field. */}
      <input
        ref={picker}
        type="date"
        className="dateline-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={dateTime ? dateTime.slice(0, 10) : ''}
        onChange={(event) => {
          const [year, month, day] = event.target.value.split('-').map(Number);
          if (year && month && day) replace(withDate(dateTime ?? now(), { year, month, day }));
        }}
      />
      <button
        type="button"
        className="button button-small"
        data-testid="dateline-now"
        disabled={readOnly}
        onClick={() => replace(now())}
      >
        {t('article.datelineNow')}
      </button>
      {problem && (
        <p id="dateline-problem" className="dateline-problem" role="alert" data-testid="dateline-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
