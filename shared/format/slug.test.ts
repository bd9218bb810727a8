import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  const cases: [input: string, expected: string, maxLength?: number][] = [
    [
      'Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau',
      'tong-bi-thu-to-lam-lam-viec-voi-ban-thuong-vu-tinh-uy-ca-mau',
    ],
    [
      'Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau'.normalize('NFD'),
      'tong-bi-thu-to-lam-lam-viec-voi-ban-thuong-vu-tinh-uy-ca-mau',
    ],
    ['Đảng bộ Đà Nẵng đạt được', 'dang-bo-da-nang-dat-duoc'],
    [
      'Hơn 250 gian hàng tham gia Hội chợ đặc sản vùng miền khu vực ĐBSCL – Vĩnh Long năm 2024',
      'hon-250-gian-hang-tham-gia-hoi-cho-dac-san-vung-mien-khu-vuc-dbscl-vinh-long-nam-2024',
      100,
    ],
    // 84 characters: the default limit of 80 cuts it at a word.
    [
      'Hơn 250 gian hàng tham gia Hội chợ đặc sản vùng miền khu vực ĐBSCL – Vĩnh Long năm 2024',
      'hon-250-gian-hang-tham-gia-hoi-cho-dac-san-vung-mien-khu-vuc-dbscl-vinh-long-nam',
    ],
    ['Cần Thơ: Xác định Bình đẳng giới… “Dân vận khéo”!', 'can-tho-xac-dinh-binh-dang-gioi-dan-van-kheo'],
    ['  Quỹ   "Vì người nghèo"  hơn 10 tỉ đồng  ', 'quy-vi-nguoi-ngheo-hon-10-ti-dong'],
    ['Kinh tế - xã hội 21,9 tỉ; 9/2024', 'kinh-te-xa-hoi-21-9-ti-9-2024'],
    ["Don't stop — it's 100% ø", 'dont-stop-its-100-o'],
    ['Straße Ærø', 'strasse-aero'],
    ['!!!', ''],
    // Cut at the last whole word that fits.
    ['Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau', 'tong-bi-thu-to-lam', 20],
    ['Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau', 'tong-bi-thu-to-lam', 18],
    ['Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau', 'tong-bi-thu-to', 17],
    ['Nghiêngnghiêngnghiêng dài', 'nghiengnghie', 12],
  ];
  for (const [input, expected, maxLength] of cases) {
    it(`${input}${maxLength ? ` (≤ ${maxLength})` : ''} → ${expected || '(empty)'}`, () =>
      expect(slugify(input, maxLength)).toBe(expected));
  }
});
