/*
 * How a post and its photos are found again after an answer was lost. WordPress has no
 * idempotency keys, and a slug is made unique (`-2`) instead of refused, so the sync writes its
 * own marker: an HTML comment at the end of the post's content (and in each photo's description).
 * kses keeps HTML comments for an Author (tests/cms prove it), readers never see them, and the
 * post search (title, excerpt, content) finds the draft id inside.
 *
 *   <!-- newsdesk:<draftId> send:<sendId> -->
 *
 * `send:` names the send that wrote this version: after an update whose answer was lost, the
 * post carrying our own send id is ours, not "changed in the CMS".
 */

export const draftMarker = (draftId: string) => `<!-- newsdesk:${draftId} -->`;

export const postMarker = (draftId: string, sendId: string) => `<!-- newsdesk:${draftId} send:${sendId} -->`;

const MARKER = /\n?<!-- newsdesk:([0-9a-z-]+)(?: send:([0-9a-z-]+))? -->\s*$/i;

/** The marker at the end of a post's content, if any. */
export function readMarker(content: string): { draftId: string; sendId: string | null } | null {
  const found = MARKER.exec(content);
  return found ? { draftId: found[1], sendId: found[2] ?? null } : null;
}

/** The content without our marker: what a person wrote and sees. */
export const withoutMarker = (content: string) => content.replace(MARKER, '');
