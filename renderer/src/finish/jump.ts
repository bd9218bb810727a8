import type { FinishTarget } from '../../../shared/templates';

/** The control where a problem is fixed, found in the open draft's page. */
export function placeOf(target: FinishTarget, root: ParentNode = document): HTMLElement | null {
  const one = (selector: string) => root.querySelector<HTMLElement>(selector);
  switch (target.block) {
    case 'headline':
      return one('[data-testid="headline"]');
    case 'subheadline':
      return one('[data-testid="subheadline"]');
    case 'dateline':
      return one('[data-testid="dateline-place"]');
    case 'lead':
      return one('[data-testid="lead"]');
    case 'body':
      return one('[data-testid="body"]');
    case 'byline':
      return one('[data-testid="byline-input"]') ?? one('[data-testid="add-author"]');
    case 'keywords':
      return one('[data-testid="keywords"]');
    case 'related': {
      if (target.index === undefined) return one('[data-testid="related-url"]');
      const row = root.querySelectorAll<HTMLElement>('[data-testid="related-row"]')[target.index];
      const field = { url: 'related-edit-url', title: 'related-title', teaser: 'related-teaser' }[
        target.field ?? 'title'
      ];
      return row?.querySelector<HTMLElement>(`[data-testid="${field}"]`) ?? row ?? null;
    }
    case 'photos': {
      if (target.index === undefined) return one('[data-testid="open-photos"]');
      const photo = root.querySelectorAll<HTMLElement>('[data-testid="body"] [data-testid="captioned-photo"]')[
        target.index
      ];
      const field = { caption: 'node-caption', credit: 'node-credit', altText: 'node-alt' }[target.field ?? 'caption'];
      return photo?.querySelector<HTMLElement>(`[data-testid="${field}"]`) ?? photo ?? null;
    }
  }
}

/** Moves the reporter to the problem: scrolled into view, focused, briefly marked. */
export function jumpTo(target: FinishTarget, focusBody: () => void): boolean {
  const place = placeOf(target);
  if (!place) return false;
  place.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (target.block === 'body') focusBody();
  else place.focus({ preventScroll: true });
  place.classList.remove('finish-flash');
  // Restart the animation when the same place is chosen twice.
  void place.offsetWidth;
  place.classList.add('finish-flash');
  window.setTimeout(() => place.classList.remove('finish-flash'), 1600);
  return true;
}
