import { z } from 'zod';
import { TemplateSchema } from '../templates/schema';
import { operation } from './operation';
import { TemplateProblemSchema } from './problems';

export const templatesOperations = {
  /**
   * The templates to offer: built-ins, then the outlet's own files (which may replace a built-in
   * by id). Files that could not be loaded are listed with the reason's code, not silently skipped.
   */
  'templates.list': operation(
    z.object({}).strict(),
    z.object({
      templates: z.array(TemplateSchema),
      problems: z.array(TemplateProblemSchema),
      /** Where the outlet's template files go, for the settings screen to show. */
      folder: z.string(),
    }),
  ),
};
