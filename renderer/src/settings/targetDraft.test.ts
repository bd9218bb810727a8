import { describe, expect, it } from 'vitest';
import { blankDraft, draftOf, targetOf } from './targetDraft';

describe('targetOf', () => {
  it.each([
    ['a WordPress site with every field', { url: 'https://news.example', username: 'reporter', name: 'Site' }, null],
    ['no name', { url: 'https://news.example', username: 'reporter', name: '  ' }, 'name'],
    ['no scheme', { url: 'news.example', username: 'reporter', name: 'Site' }, 'url'],
    ['an ftp address', { url: 'ftp://news.example', username: 'reporter', name: 'Site' }, 'url'],
    ['no user', { url: 'https://news.example', username: '', name: 'Site' }, 'username'],
  ])('%s', (_, fields, field) => {
    const parsed = targetOf({ ...blankDraft('wordpress'), ...fields }, false);
    if (field === null) expect(parsed.ok).toBe(true);
    else expect(parsed).toEqual({ ok: false, field });
  });

  it('an empty hot folder means the data folder’s own, and a relative one is refused', () => {
    const empty = targetOf({ ...blankDraft('hotFolder'), name: 'Desk' }, false);
    expect(empty.ok && empty.target.kind === 'hotFolder' && empty.target.folder).toBe(null);
    expect(targetOf({ ...blankDraft('hotFolder'), name: 'Desk', folder: 'outbox' }, false)).toEqual({
      ok: false,
      field: 'folder',
    });
  });

  it('keeps the id of a target being edited and never carries a secret', () => {
    const target = {
      kind: 'wordpress' as const,
      id: 'wordpress-1',
      name: 'Site',
      url: 'https://news.example/',
      username: 'reporter',
      postStatus: 'pending' as const,
    };
    const parsed = targetOf({ ...draftOf(target), secret: 'abcd efgh' }, false);
    expect(parsed).toEqual({ ok: true, target });
  });
});
