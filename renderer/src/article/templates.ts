import { BUILT_IN_TEMPLATES, loadTemplates, type BlockName, type Template, type TemplateLimits } from '../../../shared/templates';

const builtIn = loadTemplates(BUILT_IN_TEMPLATES, []).templates;

const templateOf = (id: string): Template | undefined => builtIn.find((t) => t.id === id);

/** The limits of a draft's template; none for a template this build does not know. */
export function limitsOf(templateId: string): TemplateLimits {
  return templateOf(templateId)?.limits ?? {};
}

/** Whether the template has this block; an unknown template shows every block. */
export function hasBlock(templateId: string, block: BlockName): boolean {
  return templateOf(templateId)?.blocks.includes(block) ?? true;
}
