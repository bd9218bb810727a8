import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempName, tempNameFor } from './tempName';

describe('temp names', () => {
  it.each([
    '/data/drafts/7c0f/draft.nd',
    '/data/drafts/7c0f/revisions/r00000012-1729000000000.nd',
    '/data/drafts/7c0f/photos/renditions/' + 'a'.repeat(64),
    '/data/incoming/5b6e-Ảnh Cần Thơ.jpg',
  ])('a temp for %s sits beside it and is recognised by name', (target) => {
    const temp = tempNameFor(target);
    expect(path.dirname(temp)).toBe(path.dirname(target));
    expect(isTempName(path.basename(temp))).toBe(true);
    expect(tempNameFor(target)).not.toBe(temp);
  });

  it.each([
    ['.draft.nd.3f9a0c1b2d4e.tmp', true],
    ['.r00000012-1729000000000.nd.00000000abcd.tmp', true],
    ['.draft.nd.abc123.tmp', true], // any length of random part
    ['draft.nd', false],
    ['recovery.json', false],
    ['.draft.nd.tmp', false], // no random part: not ours
    ['draft.nd.3f9a0c1b2d4e.tmp', false], // not hidden: a person's file
    ['.draft.nd.3F9A0C1B2D4E.tmp', false],
    ['.notes.tmp', false],
  ] as const)('%s is a temp name: %s', (name, expected) => {
    expect(isTempName(name)).toBe(expected);
  });
});
