import type { z } from 'zod';
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
export interface TemplateProblem {
  file: string;
  message: string;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
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
      problems.push({ file, message: `Not a valid template, so it was not loaded — ${describeIssues(parsed.error)}.` });
      return;
    }
    const template: Template = {
      ...parsed.data,
      name: { vi: toNfc(parsed.data.name.vi), en: toNfc(parsed.data.name.en) },
    };
    const earlier = outletIds.get(template.id);
    if (fromOutlet && earlier !== undefined) {
      problems.push({
        file,
        message: `The template id "${template.id}" is already used by ${earlier}, so this file was not loaded.`,
      });
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
    } catch (error) {
      problems.push({ file: name, message: `Not valid JSON, so it was not loaded — ${(error as Error).message}.` });
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
