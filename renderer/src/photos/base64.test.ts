import { describe, expect, it } from 'vitest';
import { base64Of } from './base64';

describe('base64Of', () => {
  const sizes = [0, 1, 2, 3, 98_303, 98_304, 98_305, 500_000];
  for (const size of sizes) {
    it(`encodes ${size} bytes like btoa over the whole string`, async () => {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7919) % 256);
      expect(await base64Of(bytes, 2)).toBe(btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')));
    });
  }
});
