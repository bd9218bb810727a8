import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * Below this width there is no room for a column beside the story: the side panels become a
 * drawer over it (draft.css says the same number).
 */
export const DRAWER_QUERY = '(max-width: 1199px)';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex="0"]';

/**
 * What a side panel (History, Finish, Photos, Send) needs to behave as a drawer: opened over the
 * story, focus goes into it (its close button first) so the keyboard is where the eyes are.
 * Beside the story there is room for both, so focus stays where it was. Escape closes it either way.
 */
export function useSidePanel(onClose: () => void) {
  const ref = useRef<HTMLElement>(null);
  // The control that opened the panel (its button in the bar), where Escape gives focus back.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
    if (!window.matchMedia(DRAWER_QUERY).matches) return;
    ref.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      // Inner controls (the photo editor, the grid) take Escape first and say so. Beside the story
      // too: a keyboard user inside a panel closes it the same way, and lands where they opened it.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
      if (opener.current?.isConnected) opener.current.focus();
    },
    [onClose],
  );
  return { ref, onKeyDown };
}
