import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacy, encodeTcvn3, encodeVni } from '../../shared/text/legacy';
import { readReferenceArticle } from '../support/reference';

const article = readReferenceArticle();
const blocks = [article.section, article.headline, article.dateline, ...article.paragraphs];

describe('legacy text on the reference story', () => {
  it('no block of the Unicode story is flagged (false positives = 0)', () => {
    const flagged = blocks.filter((block) => detectLegacy(block) !== null);
    console.log(`legacy false positives on the reference story: ${flagged.length} of ${blocks.length} blocks`);
    expect(flagged).toEqual([]);
    expect(detectLegacy(blocks.join('\n\n'))).toBeNull();
  });

  it('every paragraph in VNI is found as VNI and converts back exactly', () => {
    for (const paragraph of article.paragraphs) {
      const legacy = encodeVni(paragraph);
      expect(detectLegacy(legacy)?.encoding).toBe('vni');
      expect(convertLegacy(legacy, { encoding: 'vni', caps: false })).toBe(paragraph);
    }
  });

  it('every paragraph in TCVN3 (.VnTimeH for its capitals) is found as TCVN3 and converts back', () => {
    for (const paragraph of article.paragraphs) {
      const legacy = encodeTcvn3(paragraph, { caps: true });
      expect(detectLegacy(legacy)?.encoding).toBe('tcvn3');
      expect(convertLegacy(legacy, { encoding: 'tcvn3', caps: true })).toBe(paragraph.toUpperCase());
      expect(convertLegacy(legacy, { encoding: 'tcvn3', caps: false })).toBe(paragraph.toLowerCase());
    }
  });
});
