import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { problemText } from './problemText';

describe('problemText', () => {
  let vi: TFunction;
  beforeAll(async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'vi', interpolation: { escapeValue: false } });
    vi = i18n.getFixedT('vi');
  });

  it.each([
    ['cut short (10 of 90 bytes)', 'tệp bị cắt cụt'],
    ['checksum mismatch', 'nội dung không khớp mã kiểm tra'],
    ['file missing', 'mất tệp'],
    ['no header line (empty or cut short)', 'tệp rỗng hoặc bị cắt cụt'],
    ['unreadable (EACCES)', 'unreadable (EACCES)'],
  ])('%s → %s', (problem, expected) => {
    expect(problemText(problem, vi)).toBe(expected);
  });
});
