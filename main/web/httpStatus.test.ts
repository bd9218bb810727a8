import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { httpStatusOf } from './httpStatus';

describe('httpStatusOf', () => {
  it('answers a read-only draft from a newer Newsdesk and an unfinishable draft with 409, not 500', () => {
    expect(httpStatusOf('draft_newer')).toBe(409);
    expect(httpStatusOf('not_ready')).toBe(409);
    expect(httpStatusOf('conflict')).toBe(409);
  });

  it('keeps 500 for internal faults only and gives every code a real status', () => {
    for (const code of ERROR_CODES) {
      const status = httpStatusOf(code);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
      if (code !== 'internal') expect(status, code).not.toBe(500);
    }
  });
});
