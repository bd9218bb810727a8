import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LexicalState } from '../../shared/article/draft';
import { sharedDir } from '../support/reference';

function sampleParagraphs(): string[] {
  try {
    const text = readFileSync(path.join(sharedDir, 'reference/sample-article-vi.txt'), 'utf8').normalize('NFC');
    return text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 40);
  } catch {
    // Without the shared folder, a Vietnamese paragraph of our own.
    return [
      'Ban Dân vận Thành ủy Cần Thơ tổ chức buổi họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng.',
    ];
  }
}
const paragraphs = sampleParagraphs();

/**
 * Step n of an article being written, headline "Bài #n": it grows a paragraph a step (cycling
 * through the sample) up to 120 paragraphs, about 60 KB; every step's text is different.
 */
export function articleAt(step: number): { headline: string; body: LexicalState; bodyText: string } {
  const count = Math.min(step, 120);
  const texts = Array.from(
    { length: count },
    (_, i) => `${i === count - 1 ? step : i + 1}. ${paragraphs[i % paragraphs.length]}`,
  );
  return {
    headline: `Bài #${step}`,
    body: {
      root: {
        type: 'root',
        children: texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
      },
    },
    bodyText: texts.join('\n\n'),
  };
}

export function stepOf(headline: string): number {
  const m = /^Bài #(\d+)$/.exec(headline);
  if (!m) throw new Error(`unexpected headline ${headline}`);
  return Number(m[1]);
}
