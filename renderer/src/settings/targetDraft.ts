import { TargetSchema, type Target, type TargetKind } from '../../../shared/contract/sync';

/** What the target form holds while the reporter types: every kind's fields as text. */
export interface TargetDraft {
  id: string | null;
  kind: TargetKind;
  name: string;
  folder: string;
  baseUrl: string;
  url: string;
  username: string;
  postStatus: 'draft' | 'pending';
  /** Typed now; never filled from a saved target (it is never answered back). */
  secret: string;
}

export function blankDraft(kind: TargetKind): TargetDraft {
  return { id: null, kind, name: '', folder: '', baseUrl: '', url: '', username: '', postStatus: 'draft', secret: '' };
}

export function draftOf(target: Target): TargetDraft {
  const draft = { ...blankDraft(target.kind), id: target.id, name: target.name };
  switch (target.kind) {
    case 'hotFolder':
      return { ...draft, folder: target.folder ?? '', baseUrl: target.baseUrl ?? '' };
    case 'ninjsHttp':
      return { ...draft, url: target.url };
    case 'wordpress':
      return { ...draft, url: target.url, username: target.username, postStatus: target.postStatus };
  }
}

/** A new target's id: its kind and a few random letters, never shown to anyone. */
function newId(kind: TargetKind): string {
  return `${kind.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}`;
}

export type TargetParse = { ok: true; target: Target } | { ok: false; field: string };

/** The form as a target the contract accepts, or the first field that is not right yet. */
export function targetOf(draft: TargetDraft, hasToken: boolean): TargetParse {
  const common = { id: draft.id ?? newId(draft.kind), name: draft.name.trim() };
  const candidate =
    draft.kind === 'hotFolder'
      ? { ...common, kind: draft.kind, folder: draft.folder.trim() || null, baseUrl: draft.baseUrl.trim() || null }
      : draft.kind === 'ninjsHttp'
        ? { ...common, kind: draft.kind, url: draft.url.trim(), token: hasToken }
        : {
            ...common,
            kind: draft.kind,
            url: draft.url.trim(),
            username: draft.username.trim(),
            postStatus: draft.postStatus,
          };
  const parsed = TargetSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, target: parsed.data };
  return { ok: false, field: String(parsed.error.issues[0]?.path[0] ?? 'name') };
}
