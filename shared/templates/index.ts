import type { z } from 'zod';
import { TemplateRuleSchema, type TemplateProblem, type TemplateRule } from '../contract/problems';
import { toNfc } from '../text/nfc';
import anh from './anh.json';
import tinVan from './tin-van.json';
import tin from './tin.json';
import { TemplateSchema, type Template } from './schema';

export {
  BlockNameSchema,
  TemplateLimitsSchema,
  TemplateSchema,
  type BlockName,
  type Template,
  type TemplateLimits,
} from './schema';

/** The templates every Newsdesk has: news story, photo story, brief. */
export const BUILT_IN_TEMPLATES: readonly { file: string; data: unknown }[] = [
  { file: 'tin.json', data: tin },
  { file: 'anh.json', data: anh },
  { file: 'tin-van.json', data: tinVan },
];

export interface TemplateFile {
  /** The file name, as the outlet's templates folder has it. */
  name: string;
  text: string;
}
export type { TemplateProblem } from '../contract/problems';

/** The first thing wrong with a template, as a field path and a rule the UI can word. */
function invalid(file: string, error: z.ZodError): TemplateProblem {
  const issue = error.issues[0];
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') path.push(issue.keys[0]);
  const rule: TemplateRule =
    issue.code === 'custom'
      ? (TemplateRuleSchema.safeParse(issue.params?.['rule']).data ?? 'bad_value')
      : issue.code === 'unrecognized_keys'
        ? 'unknown_field'
        : issue.code === 'invalid_type'
          ? 'wrong_type'
          : 'bad_value';
  return { file, code: 'invalid', detail: path.length > 0 ? { field: path.join('.'), rule } : { rule } };
}

/**
 * The templates to offer: the built-in ones, then the outlet's. An outlet file with a built-in
 * template's id replaces it (an outlet may tighten "tin"). A file that is not valid JSON, not a
 * valid template, or repeats an id another outlet file already used is reported and not loaded.
 * Reading the files is main's job; this only judges their text.
 */
export function loadTemplates(
  builtIn: readonly { file: string; data: unknown }[],
  outletFiles: readonly TemplateFile[],
): { templates: Template[]; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const byId = new Map<string, Template>();
  const outletIds = new Map<string, string>();

  const accept = (file: string, data: unknown, fromOutlet: boolean) => {
    const parsed = TemplateSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(invalid(file, parsed.error));
      return;
    }
    const template: Template = {
      ...parsed.data,
      name: { vi: toNfc(parsed.data.name.vi), en: toNfc(parsed.data.name.en) },
    };
    const earlier = outletIds.get(template.id);
    if (fromOutlet && earlier !== undefined) {
      problems.push({ file, code: 'duplicate_id', detail: { id: template.id, earlier } });
      return;
    }
    if (fromOutlet) outletIds.set(template.id, file);
    byId.set(template.id, template);
  };

  for (const { file, data } of builtIn) accept(file, data, false);
  for (const { name, text } of outletFiles) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      problems.push({ file: name, code: 'not_json', detail: {} });
      continue;
    }
    accept(name, data, true);
  }
  return { templates: [...byId.values()], problems };
}
export {
  finishChecklist,
  isBlocking,
  type FinishItem,
  type FinishProblem,
  type FinishTarget,
  type PhotoField,
  type RelatedField,
} from './finish';
export { checkArticle, type TemplateIssue } from './check';
