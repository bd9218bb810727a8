import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, loadTemplates, type TemplateFile } from './index';

const valid = {
  id: 'phong-su',
  name: { vi: 'Phóng sự', en: 'Feature' },
  blocks: ['headline', 'lead', 'body'],
  required: ['headline'],
  limits: { bodyMinWords: 800 },
};
const file = (name: string, data: unknown): TemplateFile => ({
  name,
  text: typeof data === 'string' ? data : JSON.stringify(data),
});

describe('built-in templates', () => {
  it('all load, with no problems, in order', () => {
    const { templates, problems } = loadTemplates(BUILT_IN_TEMPLATES, []);
    expect(problems).toEqual([]);
    expect(templates.map((t) => [t.id, t.name.vi])).toEqual([
      ['tin', 'Tin'],
      ['anh', 'Ảnh'],
      ['tin-van', 'Tin vắn'],
    ]);
  });

  it('keep the promises the issue makes', () => {
    const byId = Object.fromEntries(loadTemplates(BUILT_IN_TEMPLATES, []).templates.map((t) => [t.id, t]));
    expect(byId.anh.limits.photosMin).toBe(3);
    expect(byId['tin-van'].required).not.toContain('photos');
    expect(byId['tin-van'].limits.bodyMaxWords).toBeDefined();
    // A brief ends where a news story begins.
    expect(byId['tin-van'].limits.bodyMaxWords).toBe(byId.tin.limits.bodyMinWords);
  });
});

describe('loadTemplates with outlet files', () => {
  const cases: { name: string; files: TemplateFile[]; ids: string[]; problems: { file: string; message: RegExp }[] }[] =
    [
      {
        name: 'a new template is added after the built-in ones',
        files: [file('phong-su.json', valid)],
        ids: ['tin', 'anh', 'tin-van', 'phong-su'],
        problems: [],
      },
      {
        name: 'an outlet template replaces the built-in one with its id, in place',
        files: [file('tin.json', { ...valid, id: 'tin', name: { vi: 'Tin NSMT', en: 'NSMT story' } })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [],
      },
      {
        name: 'not JSON',
        files: [file('broken.json', '{"id": "x",')],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'broken.json', message: /^Not valid JSON/ }],
      },
      {
        name: 'JSON but not an object',
        files: [file('list.json', '[1, 2]')],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'list.json', message: /^Not a valid template/ }],
      },
      {
        name: 'a misspelt limit',
        files: [file('typo.json', { ...valid, limits: { bodyMinWord: 800 } })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'typo.json', message: /limits.*bodyMinWord/ }],
      },
      {
        name: 'an unknown block',
        files: [file('b.json', { ...valid, blocks: ['headline', 'video'] })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'b.json', message: /blocks\.1/ }],
      },
      {
        name: 'a required block that is not a block',
        files: [file('r.json', { ...valid, required: ['photos'] })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'r.json', message: /required\.0: "photos" is required but not among the blocks/ }],
      },
      {
        name: 'a limit on a missing block',
        files: [file('l.json', { ...valid, limits: { photosMin: 2 } })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'l.json', message: /limits\.photosMin: limits "photos"/ }],
      },
      {
        name: 'a minimum above its maximum',
        files: [file('m.json', { ...valid, limits: { bodyMinWords: 900, bodyMaxWords: 100 } })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'm.json', message: /bodyMinWords: is more than bodyMaxWords/ }],
      },
      {
        name: 'no headline',
        files: [file('h.json', { ...valid, blocks: ['lead', 'body'], required: [] })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'h.json', message: /every template has a headline/ }],
      },
      {
        name: 'a bad id',
        files: [file('id.json', { ...valid, id: 'Phóng Sự' })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'id.json', message: /^Not a valid template.*id: a template id/ }],
      },
      {
        name: 'a missing English name',
        files: [file('n.json', { ...valid, name: { vi: 'Phóng sự' } })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'n.json', message: /name\.en/ }],
      },
      {
        name: 'a negative limit',
        files: [file('neg.json', { ...valid, limits: { bodyMinWords: -1 } })],
        ids: ['tin', 'anh', 'tin-van'],
        problems: [{ file: 'neg.json', message: /bodyMinWords/ }],
      },
      {
        name: 'two outlet files with one id: the second is reported, the first kept',
        files: [file('a.json', valid), file('b.json', { ...valid, name: { vi: 'Khác', en: 'Other' } })],
        ids: ['tin', 'anh', 'tin-van', 'phong-su'],
        problems: [{ file: 'b.json', message: /already used by a\.json/ }],
      },
      {
        name: 'one bad file does not stop the good ones',
        files: [file('bad.json', 'nope'), file('phong-su.json', valid)],
        ids: ['tin', 'anh', 'tin-van', 'phong-su'],
        problems: [{ file: 'bad.json', message: /^Not valid JSON/ }],
      },
    ];
  for (const { name, files, ids, problems } of cases) {
    it(name, () => {
      const result = loadTemplates(BUILT_IN_TEMPLATES, files);
      expect(result.templates.map((t) => t.id)).toEqual(ids);
      expect(result.problems).toHaveLength(problems.length);
      result.problems.forEach((p, i) => {
        expect(p.file).toBe(problems[i].file);
        expect(p.message).toMatch(problems[i].message);
      });
    });
  }

  it('keeps the outlet version of a replaced template', () => {
    const { templates } = loadTemplates(BUILT_IN_TEMPLATES, [
      file('tin.json', { ...valid, id: 'tin', name: { vi: 'Tin NSMT', en: 'NSMT story' } }),
    ]);
    expect(templates[0].name.vi).toBe('Tin NSMT');
  });

  it('stores names in NFC', () => {
    const { templates } = loadTemplates(
      [],
      [file('x.json', { ...valid, name: { vi: 'Phóng sự'.normalize('NFD'), en: 'Feature' } })],
    );
    expect(templates[0].name.vi).toBe('Phóng sự'.normalize('NFC'));
  });
});
