import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, loadTemplates, type TemplateFile, type TemplateProblem } from './index';

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
  const cases: { name: string; files: TemplateFile[]; ids: string[]; problems: TemplateProblem[] }[] = [
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
      problems: [{ file: 'broken.json', code: 'not_json', detail: {} }],
    },
    {
      name: 'JSON but not an object',
      files: [file('list.json', '[1, 2]')],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'list.json', code: 'invalid', detail: { rule: 'wrong_type' } }],
    },
    {
      name: 'a misspelt limit',
      files: [file('typo.json', { ...valid, limits: { bodyMinWord: 800 } })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [
        { file: 'typo.json', code: 'invalid', detail: { field: 'limits.bodyMinWord', rule: 'unknown_field' } },
      ],
    },
    {
      name: 'an unknown block',
      files: [file('b.json', { ...valid, blocks: ['headline', 'video'] })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'b.json', code: 'invalid', detail: { field: 'blocks.1', rule: 'bad_value' } }],
    },
    {
      name: 'a required block that is not a block',
      files: [file('r.json', { ...valid, required: ['photos'] })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'r.json', code: 'invalid', detail: { field: 'required.0', rule: 'required_not_in_blocks' } }],
    },
    {
      name: 'a limit on a missing block',
      files: [file('l.json', { ...valid, limits: { photosMin: 2 } })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [
        { file: 'l.json', code: 'invalid', detail: { field: 'limits.photosMin', rule: 'limit_not_in_blocks' } },
      ],
    },
    {
      name: 'a minimum above its maximum',
      files: [file('m.json', { ...valid, limits: { bodyMinWords: 900, bodyMaxWords: 100 } })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'm.json', code: 'invalid', detail: { field: 'limits.bodyMinWords', rule: 'min_over_max' } }],
    },
    {
      name: 'no headline',
      files: [file('h.json', { ...valid, blocks: ['lead', 'body'], required: [] })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'h.json', code: 'invalid', detail: { field: 'blocks', rule: 'no_headline' } }],
    },
    {
      name: 'a bad id',
      files: [file('id.json', { ...valid, id: 'Phóng Sự' })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'id.json', code: 'invalid', detail: { field: 'id', rule: 'bad_value' } }],
    },
    {
      name: 'a missing English name',
      files: [file('n.json', { ...valid, name: { vi: 'Phóng sự' } })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'n.json', code: 'invalid', detail: { field: 'name.en', rule: 'wrong_type' } }],
    },
    {
      name: 'a negative limit',
      files: [file('neg.json', { ...valid, limits: { bodyMinWords: -1 } })],
      ids: ['tin', 'anh', 'tin-van'],
      problems: [{ file: 'neg.json', code: 'invalid', detail: { field: 'limits.bodyMinWords', rule: 'bad_value' } }],
    },
    {
      name: 'two outlet files with one id: the second is reported, the first kept',
      files: [file('a.json', valid), file('b.json', { ...valid, name: { vi: 'Khác', en: 'Other' } })],
      ids: ['tin', 'anh', 'tin-van', 'phong-su'],
      problems: [{ file: 'b.json', code: 'duplicate_id', detail: { id: 'phong-su', earlier: 'a.json' } }],
    },
    {
      name: 'one bad file does not stop the good ones',
      files: [file('bad.json', 'nope'), file('phong-su.json', valid)],
      ids: ['tin', 'anh', 'tin-van', 'phong-su'],
      problems: [{ file: 'bad.json', code: 'not_json', detail: {} }],
    },
  ];
  for (const { name, files, ids, problems } of cases) {
    it(name, () => {
      const result = loadTemplates(BUILT_IN_TEMPLATES, files);
      expect(result.templates.map((t) => t.id)).toEqual(ids);
      expect(result.problems).toEqual(problems);
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
