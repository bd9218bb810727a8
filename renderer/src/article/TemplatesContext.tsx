import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { BUILT_IN_TEMPLATES, loadTemplates, type Template, type TemplateProblem } from '../../../shared/templates';
import { call } from '../api';

export interface TemplatesState {
  /** Built-ins until templates.list answers, then built-ins and the outlet's own. */
  templates: Template[];
  /** Outlet files that could not be loaded, with the reason. */
  problems: TemplateProblem[];
}

const builtIn: TemplatesState = { templates: loadTemplates(BUILT_IN_TEMPLATES, []).templates, problems: [] };
const TemplatesContext = createContext<TemplatesState>(builtIn);

/** Asks main once for the templates to offer (the outlet's folder included). */
export function TemplatesProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<TemplatesState>(builtIn);
  useEffect(() => {
    let live = true;
    call(window.newsdesk.templates.list({}))
      .then(({ templates, problems }) => live && setState({ templates, problems }))
      .catch((error: unknown) =>
        console.warn('[newsdesk] outlet templates unavailable; offering the built-in ones', error),
      );
    return () => {
      live = false;
    };
  }, []);
  return <TemplatesContext.Provider value={state}>{children}</TemplatesContext.Provider>;
}

export function useTemplates(): TemplatesState {
  return useContext(TemplatesContext);
}

/** The template a draft names; undefined for one this machine does not have. */
export function useTemplate(id: string): Template | undefined {
  const { templates } = useTemplates();
  return useMemo(() => templates.find((t) => t.id === id), [templates, id]);
}
