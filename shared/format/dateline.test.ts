import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dateline, Language } from '../article/draft';
import { datelineNow, formatDateline } from './dateline';
import { DEFAULT_HOUSE_STYLE } from './houseStyle';

const VI = DEFAULT_HOUSE_STYLE.datelinePattern.vi;
const EN = DEFAULT_HOUSE_STYLE.datelinePattern.en;
const WITH_PLACE = '[{PLACE} – ]{weekday}, {dd}/{MM}/{yyyy}, {HH}:{mm}';
const at = (dateTime: string, place = '', source = ''): Dateline => ({ place, dateTime, source });

const cases: { dateline: Dateline; language: Language; pattern: string; expected: string }[] = [
  // The reference article's dateline (its trailing "PM" left out, see DEFAULT_HOUSE_STYLE).
  { dateline: at('2024-10-15T16:41:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ ba, 15/10/2024, 16:41' },
  {
    dateline: at('2024-10-15T16:41:00+07:00'),
    language: 'en',
    pattern: EN,
    expected: 'Tuesday, October 15, 2024, 4:41 PM',
  },
  // Every weekday, Sunday included ("Chủ nhật", not "Thứ …").
  { dateline: at('2024-10-14T08:05:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ hai, 14/10/2024, 08:05' },
  { dateline: at('2024-10-16T08:05:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ tư, 16/10/2024, 08:05' },
  { dateline: at('2024-10-17T08:05:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ năm, 17/10/2024, 08:05' },
  { dateline: at('2024-10-18T08:05:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ sáu, 18/10/2024, 08:05' },
  { dateline: at('2024-10-19T08:05:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ bảy, 19/10/2024, 08:05' },
  { dateline: at('2024-10-20T08:05:00+07:00'), language: 'vi', pattern: VI, expected: 'Chủ nhật, 20/10/2024, 08:05' },
  // The time is shown in the dateline's own offset, not converted: 23:30 in Hà Nội is still Tuesday.
  { dateline: at('2024-10-15T23:30:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ ba, 15/10/2024, 23:30' },
  {
    dateline: at('2024-10-15T00:10:00-05:00'),
    language: 'en',
    pattern: EN,
    expected: 'Tuesday, October 15, 2024, 12:10 AM',
  },
  {
    dateline: at('2024-10-15T12:00:00Z'),
    language: 'en',
    pattern: EN,
    expected: 'Tuesday, October 15, 2024, 12:00 PM',
  },
  { dateline: at('2024-10-15T16:41:59.999+07:00'), language: 'vi', pattern: VI, expected: 'Thứ ba, 15/10/2024, 16:41' },
  { dateline: at('2024-10-15T16:41:00+0530'), language: 'vi', pattern: VI, expected: 'Thứ ba, 15/10/2024, 16:41' },
  { dateline: at('2024-02-29T09:00:00+07:00'), language: 'vi', pattern: VI, expected: 'Thứ năm, 29/02/2024, 09:00' },
  // The place form, when the pattern asks for it; its part disappears when there is no place.
  {
    dateline: at('2024-10-15T16:41:00+07:00', 'Cần Thơ'),
    language: 'vi',
    pattern: WITH_PLACE,
    expected: 'CẦN THƠ – Thứ ba, 15/10/2024, 16:41',
  },
  {
    dateline: at('2024-10-15T16:41:00+07:00', 'Đà Nẵng'),
    language: 'vi',
    pattern: WITH_PLACE,
    expected: 'ĐÀ NẴNG – Thứ ba, 15/10/2024, 16:41',
  },
  {
    dateline: at('2024-10-15T16:41:00+07:00', '  '),
    language: 'vi',
    pattern: WITH_PLACE,
    expected: 'Thứ ba, 15/10/2024, 16:41',
  },
  {
    dateline: at('2024-10-15T16:41:00+07:00', 'Cần Thơ', 'TTXVN'),
    language: 'vi',
    pattern: '{place} ({source}) {d} {month}',
    expected: 'Cần Thơ (TTXVN) 15 tháng 10',
  },
  {
    dateline: at('2024-10-15T16:41:00+07:00'),
    language: 'vi',
    pattern: '{HH}:{mm} {a} GMT{offset} {unknown}',
    expected: '16:41 PM GMT+07:00 {unknown}',
  },
  // What cannot be read shows nothing rather than a wrong day.
  { dateline: at('2024-10-15T16:41:00'), language: 'vi', pattern: VI, expected: '' },
  { dateline: at('2024-02-30T09:00:00+07:00'), language: 'vi', pattern: VI, expected: '' },
  { dateline: at('hôm qua'), language: 'vi', pattern: VI, expected: '' },
];

const zones = ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'America/St_Johns'];

describe.each(zones)('formatDateline on a machine in %s', (zone) => {
  afterEach(() => vi.unstubAllEnvs());
  for (const { dateline, language, pattern, expected } of cases) {
    it(`${dateline.dateTime} ${dateline.place} (${language}) → ${expected || '(nothing)'}`, () => {
      vi.stubEnv('TZ', zone);
      expect(formatDateline(dateline, language, pattern)).toBe(expected);
    });
  }
});

describe('datelineNow', () => {
  const nowCases: { now: string; zone: string; expected: string }[] = [
    { now: '2024-10-15T09:41:30Z', zone: 'Asia/Ho_Chi_Minh', expected: '2024-10-15T16:41:30+07:00' },
    { now: '2024-03-10T12:00:00Z', zone: 'America/New_York', expected: '2024-03-10T08:00:00-04:00' },
    { now: '2024-03-10T06:00:00Z', zone: 'America/New_York', expected: '2024-03-10T01:00:00-05:00' },
  ];
  for (const { now, zone, expected } of nowCases) {
    it(`${now} in ${zone} → ${expected}`, () => {
      vi.stubEnv('TZ', 'UTC');
      expect(datelineNow(new Date(now), zone)).toBe(expected);
      vi.unstubAllEnvs();
    });
  }
});
