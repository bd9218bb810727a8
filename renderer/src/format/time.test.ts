import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { formatClock, formatMoment } from './time';

describe('times shown to a person', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'vi', interpolation: { escapeValue: false } });
  });

  const now = new Date(2025, 10, 27, 18, 0, 0);
  it.each([
    ['vi', new Date(2025, 10, 27, 16, 41, 7), '16:41'],
    ['en', new Date(2025, 10, 27, 16, 41, 7), '16:41'],
    ['vi', new Date(2025, 10, 26, 9, 5, 0), '09:05 ngày 26 thg 11, 2025'],
    ['en', new Date(2025, 10, 26, 9, 5, 0), '09:05 on Nov 26, 2025'],
  ] as const)('%s %s → %s', (language, date, expected) => {
    expect(formatMoment(date.toISOString(), language, i18n.getFixedT(language), now)).toBe(expected);
  });

  it('shows the save clock with seconds in 24-hour time, in both languages', () => {
    const at = new Date(2025, 10, 27, 16, 41, 7);
    expect([formatClock(at, 'vi'), formatClock(at, 'en')]).toEqual(['16:41:07', '16:41:07']);
  });
});
