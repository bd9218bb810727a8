import { describe, expect, it } from 'vitest';
import { dropPointOf, type DomPoint } from './dropPoint';

// Stand-ins for DOM nodes: only their identity matters here.
const text = { nodeName: '#text' } as unknown as Node;
const other = { nodeName: 'P' } as unknown as Node;
const at = { clientX: 120, clientY: 40 };

const caretRange = () => ({ startContainer: text, startOffset: 3 }) as unknown as Range;
const caretPosition = () => ({ offsetNode: text, offset: 5 }) as unknown as CaretPosition;

describe('dropPointOf', () => {
  const cases: [
    browser: string,
    event: Parameters<typeof dropPointOf>[0],
    doc: Parameters<typeof dropPointOf>[1],
    expected: DomPoint | null,
  ][] = [
    ['Chromium, Safari: caretRangeFromPoint', at, { caretRangeFromPoint: caretRange }, { node: text, offset: 3 }],
    ['Firefox 128+: caretPositionFromPoint', at, { caretPositionFromPoint: caretPosition }, { node: text, offset: 5 }],
    [
      'older Firefox: the event’s rangeParent and rangeOffset',
      { ...at, rangeParent: other, rangeOffset: 2 },
      {},
      { node: other, offset: 2 },
    ],
    ['a rangeParent without an offset is its start', { ...at, rangeParent: other }, {}, { node: other, offset: 0 }],
    [
      'both standard ways: the playground’s order, caretRangeFromPoint first',
      at,
      { caretRangeFromPoint: caretRange, caretPositionFromPoint: caretPosition },
      { node: text, offset: 3 },
    ],
    [
      'outside any text (both answer null): the event’s point',
      { ...at, rangeParent: other, rangeOffset: 1 },
      { caretRangeFromPoint: () => null as unknown as Range, caretPositionFromPoint: () => null },
      { node: other, offset: 1 },
    ],
    ['no browser way at all', at, {}, null],
  ];
  for (const [browser, event, doc, expected] of cases)
    it(browser, () => expect(dropPointOf(event, doc)).toEqual(expected));

  it('asks at the pointer’s position', () => {
    const asked: number[][] = [];
    dropPointOf(at, { caretPositionFromPoint: (x, y) => (asked.push([x, y]), null) });
    expect(asked).toEqual([[120, 40]]);
  });
});
