import type { BlockName, Template, TemplateLimits } from '../../../shared/templates';

/** The limits of a draft's template; none for a template this machine does not have. */
export function limitsOf(template: Template | undefined): TemplateLimits {
  return template?.limits ?? {};
}

/** Whether the template has this block; an unknown template shows every block. */
export function hasBlock(template: Template | undefined, block: BlockName): boolean {
  return template?.blocks.includes(block) ?? true;
}

/** The template's name in the UI's language. */
export function templateName(template: Template, uiLanguage: string): string {
  return uiLanguage.startsWith('en') ? template.name.en : template.name.vi;
}
