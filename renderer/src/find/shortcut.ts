/** Ctrl+H / Ctrl+F (Cmd on a Mac), without Shift or Alt: the keys editors use for find and replace. */
export function isFindShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  const key = event.key.toLowerCase();
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && (key === 'h' || key === 'f');
}
