import path from 'node:path';
import {
  BUILT_IN_TEMPLATES,
  loadTemplates,
  type Template,
  type TemplateFile,
  type TemplateProblem,
} from '../../../shared/templates';
import type { StoreFs } from '../drafts/atomicFile';

/** A template is a few hundred bytes; anything far bigger is not one. */
const MAX_FILE_BYTES = 64 * 1024;

export interface TemplateSet {
  templates: Template[];
  problems: TemplateProblem[];
  folder: string;
}

/**
 * The outlet's templates: `<data folder>/templates/*.json` beside the built-ins. Read again on
 * every call (a handful of small files), so a file the desk drops in is offered at once, and a
 * broken one is reported with its reason instead of being loaded.
 */
export class TemplatesService {
  readonly folder: string;

  constructor(
    dataDir: string,
    private readonly fs: Pick<StoreFs, 'readdir' | 'readFile' | 'stat'>,
  ) {
    this.folder = path.join(dataDir, 'templates');
  }

  async list(): Promise<TemplateSet> {
    const files: TemplateFile[] = [];
    const problems: TemplateProblem[] = [];
    let names: string[] = [];
    try {
      names = (await this.fs.readdir(this.folder)).filter((name) => name.toLowerCase().endsWith('.json')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        problems.push({
          file: this.folder,
          message: `The templates folder could not be read — ${(error as Error).message}.`,
        });
      }
    }
    for (const name of names) {
      try {
        const file = path.join(this.folder, name);
        const { size } = await this.fs.stat(file);
        if (size > MAX_FILE_BYTES) {
          problems.push({ file: name, message: `Too big for a template (${size} bytes), so it was not loaded.` });
          continue;
        }
        files.push({ name, text: (await this.fs.readFile(file)).toString('utf8') });
      } catch (error) {
        problems.push({
          file: name,
          message: `Could not be read, so it was not loaded — ${(error as Error).message}.`,
        });
      }
    }
    const loaded = loadTemplates(BUILT_IN_TEMPLATES, files);
    return { templates: loaded.templates, problems: [...problems, ...loaded.problems], folder: this.folder };
  }

  /** The template a draft names; unknown ids (a file since removed) get none. */
  async get(id: string): Promise<Template | undefined> {
    return (await this.list()).templates.find((t) => t.id === id);
  }
}
