import { describe, expect, it } from 'vitest';
import {
  layoutKey,
  onScreen,
  placementFor,
  remember,
  windowStateFrom,
  type DisplayArea,
  type Rect,
  type WindowState,
} from './placement';

const limits = { width: 1280, height: 860, minWidth: 720, minHeight: 480 };
const laptop: DisplayArea = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: DisplayArea = { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const monitorLeft: DisplayArea = { id: 3, workArea: { x: -1920, y: 0, width: 1920, height: 1040 } };
const small: DisplayArea = { id: 4, workArea: { x: 0, y: 0, width: 1024, height: 728 } };
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

const cases: { name: string; bounds: Rect; displays: DisplayArea[]; expected: Rect }[] = [
  {
    name: 'fully on the laptop: kept',
    bounds: rect(100, 100, 1000, 700),
    displays: [laptop],
    expected: rect(100, 100, 1000, 700),
  },
  {
    name: 'on the right monitor: kept',
    bounds: rect(2000, 200, 1600, 1000),
    displays: [laptop, monitorRight],
    expected: rect(2000, 200, 1600, 1000),
  },
  {
    name: 'half off the right edge, title bar still grabbable: kept',
    bounds: rect(1000, 100, 1000, 700),
    displays: [laptop],
    expected: rect(1000, 100, 1000, 700),
  },
  {
    name: 'on a monitor that was unplugged: centred on the laptop',
    bounds: rect(2000, 200, 1200, 800),
    displays: [laptop],
    expected: rect(120, 63, 1200, 800),
  },
  {
    name: 'on a left monitor that is gone (negative x): centred on the laptop',
    bounds: rect(-1800, 50, 1000, 700),
    displays: [laptop],
    expected: rect(220, 113, 1000, 700),
  },
  {
    name: 'title bar above the screen (under the macOS menu bar): moved down',
    bounds: rect(100, 0, 1000, 700),
    displays: [laptop],
    expected: rect(220, 113, 1000, 700),
  },
  {
    name: 'only a sliver on screen: centred on the display it overlaps',
    bounds: rect(1420, 100, 1000, 700),
    displays: [laptop],
    expected: rect(220, 113, 1000, 700),
  },
  {
    name: 'larger than the small screen: shrunk to it and centred',
    bounds: rect(3000, 100, 1600, 1000),
    displays: [small],
    expected: rect(0, 0, 1024, 728),
  },
  {
    name: 'bigger than its display but grabbable: shrunk in place',
    bounds: rect(0, 0, 1600, 1000),
    displays: [small],
    expected: rect(0, 0, 1024, 728),
  },
  {
    name: 'far away (a corrupt file): centred on the primary',
    bounds: rect(99999, 99999, 800, 600),
    displays: [laptop, monitorLeft],
    expected: rect(320, 163, 800, 600),
  },
  {
    name: 'on the left monitor, still there: kept',
    bounds: rect(-1800, 50, 1000, 700),
    displays: [laptop, monitorLeft],
    expected: rect(-1800, 50, 1000, 700),
  },
];

describe('onScreen', () => {
  it.each(cases)('$name', ({ bounds, displays, expected }) => {
    expect(onScreen(bounds, displays, limits)).toEqual(expected);
  });

  it('never leaves the title bar off every display (grid of 400 positions)', () => {
    for (let x = -4000; x <= 6000; x += 500)
      for (let y = -2000; y <= 2000; y += 200) {
        const placed = onScreen(rect(x, y, 1200, 800), [laptop, monitorRight], limits);
        const onSome = [laptop, monitorRight].some(
          ({ workArea: a }) =>
            placed.y >= a.y &&
            placed.y + 32 <= a.y + a.height &&
            placed.x < a.x + a.width - 50 &&
            placed.x + placed.width > a.x + 50,
        );
        expect(onSome, `${x},${y} → ${JSON.stringify(placed)}`).toBe(true);
      }
  });
});

describe('placementFor', () => {
  const atDesk = { bounds: rect(1600, 100, 2000, 1200), maximized: true };
  const onTheRoad = { bounds: rect(50, 60, 1300, 800), maximized: false };
  let state: WindowState = { layouts: {} };
  state = remember(state, [laptop, monitorRight], atDesk);
  state = remember(state, [laptop], onTheRoad);

  it('opens centred on the primary display the first time', () => {
    expect(placementFor({ layouts: {} }, [laptop], limits)).toEqual({
      bounds: rect(80, 33, 1280, 860),
      maximized: false,
    });
  });

  it('remembers each arrangement of displays on its own', () => {
    expect(placementFor(state, [laptop, monitorRight], limits)).toEqual(atDesk);
    expect(placementFor(state, [monitorRight, laptop], limits)).toEqual(atDesk);
    expect(placementFor(state, [laptop], limits)).toEqual(onTheRoad);
  });

  it('falls back to the last placement, corrected, for an arrangement never seen', () => {
    const afterDesk = remember(state, [laptop, monitorRight], atDesk);
    expect(placementFor(afterDesk, [small], limits)).toEqual({ bounds: rect(0, 0, 1024, 728), maximized: true });
  });

  it('keys arrangements by id and work area', () => {
    expect(layoutKey([laptop, monitorRight])).toBe(layoutKey([monitorRight, laptop]));
    expect(layoutKey([laptop])).not.toBe(layoutKey([{ ...laptop, workArea: { ...laptop.workArea, height: 900 } }]));
  });
});

describe('windowStateFrom', () => {
  it.each([null, 'text', 42, { layouts: 'x' }, { layouts: {}, last: { bounds: {}, maximized: 'yes' } }])(
    'starts fresh from %j',
    (stored) => {
      expect(windowStateFrom(stored)).toEqual({ layouts: {} });
    },
  );

  it('reads back what it wrote', () => {
    const state = remember({ layouts: {} }, [laptop], { bounds: rect(1, 2, 800, 600), maximized: false });
    expect(windowStateFrom(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});
