import { describe, expect, it } from 'vitest';
import { gpsStateOf, renditionFor } from './renditions';

const r = (width: number) => ({ width, height: width, format: 'jpeg' as const, file: `p-${width}.jpg`, bytes: 1 });

describe('renditionFor', () => {
  const cases: [number[], number, string | undefined][] = [
    [[320, 640, 1280, 2048], 1280, 'p-1280.jpg'],
    [[2048, 320, 640], 1280, 'p-640.jpg'],
    [[320, 640, 1280], 320, 'p-320.jpg'],
    [[1600, 2048], 1280, 'p-1600.jpg'],
    [[], 1280, undefined],
  ];
  for (const [widths, target, expected] of cases) {
    it(`${widths.join(',')} → ${target}`, () =>
      expect(renditionFor({ renditions: widths.map(r) }, target)?.file).toBe(expected));
  }
});

describe('gpsStateOf', () => {
  const cases: [string, Parameters<typeof gpsStateOf>[0], ReturnType<typeof gpsStateOf>][] = [
    ['no location', { metadata: { hasGps: false }, keepGps: false, stripped: ['exif'] }, undefined],
    ['no location, kept by mistake', { metadata: { hasGps: false }, keepGps: true, stripped: [] }, undefined],
    ['removed by default', { metadata: { hasGps: true }, keepGps: false, stripped: ['gps'] }, 'removed'],
    ['kept by choice', { metadata: { hasGps: true }, keepGps: true, stripped: [] }, 'kept'],
    ['chosen, files not yet refreshed', { metadata: { hasGps: true }, keepGps: true, stripped: ['gps'] }, 'kept'],
    ['GPS tags without a position', { metadata: { hasGps: false }, keepGps: true, stripped: ['gps'] }, 'removed'],
  ];
  for (const [name, record, expected] of cases) it(name, () => expect(gpsStateOf(record)).toBe(expected));
});
