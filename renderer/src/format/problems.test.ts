import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftDamage, PhotoErrorCode, PhotoErrorDetail, TemplateProblem } from '../../../shared/contract';
import { resources } from '../../i18n';
import { damageText, photoProblemText, templateProblemText } from './problems';

let vi: TFunction;
let en: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'vi', interpolation: { escapeValue: false } });
  vi = i18n.getFixedT('vi');
  en = i18n.getFixedT('en');
});

describe('a damaged draft file, worded', () => {
  const cases: [DraftDamage, string, string][] = [
    [
      { code: 'cut_short', detail: { bytes: 10, expectedBytes: 90 } },
      'tệp bị cắt cụt (còn 10 trên 90 byte)',
      'the file was cut short (10 of 90 bytes)',
    ],
    [{ code: 'checksum', detail: {} }, 'nội dung không khớp mã kiểm tra', 'checksum mismatch'],
    [{ code: 'missing', detail: {} }, 'mất tệp', 'the file was missing'],
    [{ code: 'empty', detail: {} }, 'tệp rỗng hoặc bị cắt cụt', 'the file was empty or cut short'],
    [
      { code: 'unreadable', detail: { osCode: 'EACCES' } },
      'không đọc được tệp (lỗi EACCES)',
      'the file could not be read (error EACCES)',
    ],
    [
      { code: 'invalid', detail: { field: 'headline' } },
      'nội dung không hợp lệ (trường headline)',
      'invalid content (field headline)',
    ],
  ];
  it.each(cases)('%j', (damage, inVietnamese, inEnglish) => {
    expect([damageText(damage, vi), damageText(damage, en)]).toEqual([inVietnamese, inEnglish]);
  });
});

describe('a template file that was not loaded, worded', () => {
  const cases: [TemplateProblem, string, string][] = [
    [
      { file: 'hong.json', code: 'not_json', detail: {} },
      'hong.json (không phải JSON hợp lệ)',
      'hong.json (not valid JSON)',
    ],
    [
      { file: 'typo.json', code: 'invalid', detail: { field: 'limits.bodyMinWord', rule: 'unknown_field' } },
      'typo.json (mẫu bài không hợp lệ ở limits.bodyMinWord: trường lạ (gõ sai tên?))',
      'typo.json (not a valid template at limits.bodyMinWord: unknown field (a typo?))',
    ],
    [
      { file: 'b.json', code: 'duplicate_id', detail: { id: 'phong-su', earlier: 'a.json' } },
      'b.json (mã “phong-su” đã được dùng trong a.json)',
      'b.json (the id “phong-su” is already used by a.json)',
    ],
    [
      { file: 'big.json', code: 'too_big', detail: { bytes: 200_000, limitBytes: 65_536 } },
      'big.json (tệp quá lớn để là mẫu bài (196 KiB; giới hạn 64 KiB))',
      'big.json (too big for a template (196 KiB; the limit is 64 KiB))',
    ],
    [
      { file: 'x.json', code: 'unreadable', detail: { osCode: 'EACCES' } },
      'x.json (không đọc được tệp (lỗi EACCES))',
      'x.json (the file could not be read (error EACCES))',
    ],
  ];
  it.each(cases)('%j', (problem, inVietnamese, inEnglish) => {
    expect([templateProblemText(problem, vi), templateProblemText(problem, en)]).toEqual([inVietnamese, inEnglish]);
  });
});

describe('a photo that was not imported, worded', () => {
  const cases: [PhotoErrorCode, PhotoErrorDetail, string, string][] = [
    [
      'not_an_image',
      { looksLike: 'web_page' },
      'đây không phải là ảnh (mà là một trang web) — hãy xin ảnh gốc',
      'this is not a photo (it is a web page) — ask for the original picture',
    ],
    [
      'too_large',
      { width: 20000, height: 14000, megapixels: 280, limitMegapixels: 268 },
      'ảnh quá lớn (20000 × 14000 px, 280 megapixel; giới hạn là 268) — hãy xin bản nhỏ hơn',
      'the picture is too large (20000 × 14000 px, 280 megapixels; the limit is 268) — ask for a smaller version',
    ],
    [
      'damaged',
      { cause: 'ends_early' },
      'tệp bị hỏng (bị cắt cụt) — hãy xin gửi lại',
      'the file is damaged (ends early) — ask for it again',
    ],
    [
      'storage_failed',
      { reason: 'disk_full' },
      'không lưu được vào bản nháp: ổ đĩa đã đầy',
      'could not be saved in the draft: the disk is full',
    ],
    [
      'unsupported',
      { format: 'BMP' },
      'chưa nhập được tệp BMP — hãy lưu thành JPEG, PNG hoặc TIFF rồi thử lại',
      'BMP files cannot be imported — save it as JPEG, PNG or TIFF and try again',
    ],
    ['empty', {}, 'tệp rỗng — hãy xin gửi lại', 'the file is empty — ask for it again'],
  ];
  it.each(cases)('%s %j', (code, detail, inVietnamese, inEnglish) => {
    expect([photoProblemText(code, detail, vi), photoProblemText(code, detail, en)]).toEqual([inVietnamese, inEnglish]);
  });

  it('never shows a placeholder when a detail is missing', () => {
    for (const code of [
      'unreadable',
      'not_an_image',
      'unsupported',
      'too_large',
      'damaged',
      'storage_failed',
    ] as const) {
      expect(photoProblemText(code, {}, vi)).not.toContain('{{');
      expect(photoProblemText(code, undefined, en)).not.toContain('{{');
    }
  });
});
