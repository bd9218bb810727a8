import { z } from 'zod';

/*
 * Where the window opens: the size, position and maximised state last used with the same
 * arrangement of displays (a laptop alone, the laptop on its desk monitor…), corrected so the
 * title bar is always on a screen a person can reach. Pure: tested under Node with plain data.
 */

const RectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
});
export type Rect = z.infer<typeof RectSchema>;

const PlacementSchema = z.object({ bounds: RectSchema, maximized: z.boolean() });
export type WindowPlacement = z.infer<typeof PlacementSchema>;

/** What the data folder keeps: one placement per display arrangement, and the last one used. */
export const WindowStateSchema = z.object({
  layouts: z.record(z.string(), PlacementSchema).default({}),
  last: PlacementSchema.optional(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface DisplayArea {
  id: number;
  /** The display without taskbar and menu bar, in screen coordinates. */
  workArea: Rect;
}

export interface WindowLimits {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** How much of the title bar must be on a screen to grab it: a strip this wide and tall. */
const GRIP = { width: 100, height: 32 };

/** The arrangement of displays, as a key: the same monitors in the same places give the same key. */
export function layoutKey(displays: readonly DisplayArea[]): string {
  return displays
    .map(({ id, workArea: a }) => `${id}@${a.x},${a.y},${a.width}x${a.height}`)
    .sort()
    .join('|');
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** True when a grip-sized part of the title bar lies on one display. */
function canGrab(bounds: Rect, display: DisplayArea): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRIP.height };
  const area = display.workArea;
  const across = Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x);
  return (
    across >= Math.min(GRIP.width, bounds.width) && bounds.y >= area.y && bounds.y + GRIP.height <= area.y + area.height
  );
}

const centred = (area: Rect, width: number, height: number): Rect => ({
  x: area.x + Math.round((area.width - width) / 2),
  y: area.y + Math.round((area.height - height) / 2),
  width,
  height,
});

/**
 * The bounds on screen: kept where the title bar can be grabbed, else moved (its size kept, but
 * never larger than the display) to the display it overlaps most, or the primary (first) one.
 */
export function onScreen(bounds: Rect, displays: readonly DisplayArea[], limits: WindowLimits): Rect {
  const primary = displays[0];
  if (primary === undefined) return bounds;
  const home = displays.find((d) => canGrab(bounds, d));
  const best = home ?? [...displays].sort((a, b) => overlap(bounds, b.workArea) - overlap(bounds, a.workArea))[0];
  const area = (overlap(bounds, best.workArea) > 0 || home ? best : primary).workArea;
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(limits.minWidth, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(limits.minHeight, area.height));
  if (home && width === bounds.width && height === bounds.height) return bounds;
  if (home) return { ...bounds, width, height, y: Math.max(bounds.y, area.y) };
  return centred(area, width, height);
}

/** Where to open: this arrangement's placement, else the last one, else centred on the primary display. */
export function placementFor(
  saved: WindowState,
  displays: readonly DisplayArea[],
  limits: WindowLimits,
): WindowPlacement {
  const remembered = saved.layouts[layoutKey(displays)] ?? saved.last;
  if (remembered === undefined) {
    const area = displays[0]?.workArea ?? { x: 0, y: 0, width: limits.width, height: limits.height };
    const width = Math.min(limits.width, area.width);
    const height = Math.min(limits.height, area.height);
    return { bounds: centred(area, width, height), maximized: false };
  }
  return { bounds: onScreen(remembered.bounds, displays, limits), maximized: remembered.maximized };
}

/** The state after the window was placed so with these displays. */
export function remember(
  saved: WindowState,
  displays: readonly DisplayArea[],
  placement: WindowPlacement,
): WindowState {
  return { layouts: { ...saved.layouts, [layoutKey(displays)]: placement }, last: placement };
}

/** Reads what the file held; anything unreadable is a fresh start, never a crash. */
export function windowStateFrom(stored: unknown): WindowState {
  const parsed = WindowStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : { layouts: {} };
}
