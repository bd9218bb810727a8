import path from 'node:path';
import {
  BUILT_IN_TEMPLATES,
  loadTemplates,
  type Template,
  type TemplateFile,
  type TemplateProblem,
} from '../../../shared/templates';
import type { StoreFs } from '../storage';

/** The operating system's code for a failed read ("EACCES"), when it gave one: the UI words it. */
function osCodeOf(error: unknown): { osCode?: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]{1,15}$/.test(code) ? { osCode: code } : {};
}

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
        problems.push({ file: this.folder, code: 'folder_unreadable', detail: osCodeOf(error) });
      }
    }
    for (const name of names) {
      try {
        const file = path.join(this.folder, name);
        const { size } = await this.fs.stat(file);
        if (size > MAX_FILE_BYTES) {
          problems.push({ file: name, code: 'too_big', detail: { bytes: size, limitBytes: MAX_FILE_BYTES } });
          continue;
        }
        files.push({ name, text: (await this.fs.readFile(file)).toString('utf8') });
      } catch (error) {
        problems.push({ file: name, code: 'unreadable', detail: osCodeOf(error) });
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
