import en from 'dictionary-en';
import vi from 'dictionary-vi';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Speller } from '../../shared/text/spelling/speller';
import { parseWordList } from '../../shared/text/spelling/wordList';
import { wordsOf } from '../../shared/text/spelling/words';
import { readReferenceArticle } from '../support/reference';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const files = { vi: { aff: text(vi.aff), dic: text(vi.dic) }, en: { aff: text(en.aff), dic: text(en.dic) } };
const speller = new Speller(files);
const flagged = (sentence: string, language: 'vi' | 'en' = 'vi') =>
  speller.misspellings(sentence, language).map((w) => w.word);

describe('Speller', () => {
  beforeEach(() => speller.setAcceptedWords([]));

  it.each([
    ['hoà', true],
    ['hòa', true],
    ['Hòa Bình', true],
    ['thuỷ', true],
    ['thủy', true],
    ['khoẻ', true],
    ['khỏe', true],
    ['Đà Nẵng', true],
    ['đường', true],
    ['ĐƯỜNG', true],
    ['Viêt', false],
    ['nguời', false],
    ['đươngf', false],
    ['dđ', false],
  ])('%s in a Vietnamese story → correct %s', (word, correct) => {
    expect(flagged(word)).toEqual(correct ? [] : [word]);
  });

  it('checks a Vietnamese story syllable by syllable and flags only the misspelt one', () => {
    const sentence = 'Mưa lớn kéo dài ở Cà Mau khiến nhiều tuyến đường bị ngập sâu, người dân phải sơ tánn.';
    expect(flagged(sentence)).toEqual(['tánn']);
    expect(speller.misspellings(sentence, 'vi')[0]).toMatchObject({ start: sentence.indexOf('tánn') });
  });

  it('does not flag English words in a Vietnamese story, but flags English misspellings', () => {
    expect(flagged('Công ty ra mắt smartphone mới tại sự kiện online của Google')).toEqual([]);
    expect(flagged('Công ty ra mắt smartfone mới')).toEqual(['smartfone']);
  });

  it('checks an English story in English and accepts Vietnamese names written with their marks', () => {
    expect(flagged('Heavy rain flooded streets in Cần Thơ on Monday', 'en')).toEqual([]);
    expect(flagged('Heavy rian flooded streets', 'en')).toEqual(['rian']);
    expect(flagged('mưa lớn', 'en')).toEqual([]);
  });

  it('accepts outlet words after the outlet list is imported', () => {
    const outlet = parseWordList('# Outlet words\nNSMT\nUBND\nTTXVN\n\nĐắk Lắk\n');
    expect(flagged('Theo NSMT và TTXVN, UBND tỉnh Đắk Lắk')).toEqual(['NSMT', 'TTXVN', 'Đắk', 'Lắk']);
    speller.setAcceptedWords(outlet);
    expect(flagged('Theo NSMT và TTXVN, UBND tỉnh Đắk Lắk')).toEqual([]);
    // Written with capitals, an entry accepts only that spelling.
    expect(flagged('nsmt')).toEqual(['nsmt']);
  });

  it('suggests Việt for Viêt, in the reporter’s tone placement and the word’s case', () => {
    expect(speller.suggest('Viêt', 'vi', 'new')).toContain('Việt');
    expect(speller.suggest('hoaf', 'vi', 'old')).toContain('hòa');
    expect(speller.suggest('hoaf', 'vi', 'new')).toContain('hoà');
    expect(speller.suggest('rian', 'en', 'new')).toContain('rain');
  });
});

describe('the reference article with the example outlet list', () => {
  it('has no false positives', () => {
    const example = readFileSync(path.resolve(import.meta.dirname, '../../docs/spelling/outlet-words.txt'), 'utf8');
    speller.setAcceptedWords(parseWordList(example));
    const { section, headline, dateline, paragraphs } = readReferenceArticle();
    const flaggedWords = [section, headline, dateline, ...paragraphs].flatMap((block) => flagged(block));
    console.log(`SPELLCHECK reference false positives = ${flaggedWords.length}`);
    expect(flaggedWords).toEqual([]);
    speller.setAcceptedWords([]);
  });
});

describe('wordsOf', () => {
  it.each([
    ['Bà Rịa-Vũng Tàu', ['Bà', 'Rịa', 'Vũng', 'Tàu']],
    ["don't stop", ["don't", 'stop']],
    ['COVID-19 và G7, 5G', ['COVID', 'và']],
    ['xem https://nsmt.vn/a-b hoặc ban@nsmt.vn', ['xem', 'hoặc']],
  ])('%s', (input, expected) => {
    expect(wordsOf(input).map((w) => w.word)).toEqual(expected);
  });
});
