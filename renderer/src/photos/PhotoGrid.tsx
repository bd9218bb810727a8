import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRecord } from '../../../shared/article/photo';
import { PhotoTile } from './PhotoTile';

export interface PhotoGridProps {
  photos: readonly PhotoRecord[];
  thumbnailOf: (photo: PhotoRecord) => string | undefined;
  selected: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  openId: string | null;
  onOpen: (id: string | null) => void;
}

/** How many tiles sit on one row, read from the laid-out grid. */
function columnsOf(list: HTMLElement | null): number {
  const tiles = list ? [...list.children] : [];
  if (tiles.length < 2) return 1;
  const top = (tiles[0] as HTMLElement).offsetTop;
  const perRow = tiles.findIndex((tile) => (tile as HTMLElement).offsetTop !== top);
  return perRow === -1 ? tiles.length : perRow;
}

/**
 * The desk's photos as a listbox: arrows move, Enter opens the editor, Space or Ctrl+click
 * adds to the selection, Shift+click selects a range.
 */
export function PhotoGrid({ photos, thumbnailOf, selected, onSelect, openId, onOpen }: PhotoGridProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const [focus, setFocus] = useState(0);
  const [anchor, setAnchor] = useState(0);
  const focusIndex = Math.min(focus, Math.max(photos.length - 1, 0));

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(photos.length - 1, index));
    setFocus(next);
    (list.current?.children[next] as HTMLElement | undefined)?.focus();
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  const range = (from: number, to: number) =>
    new Set(photos.slice(Math.min(from, to), Math.max(from, to) + 1).map((p) => p.id));

  // The tiles' handlers stay the same function from render to render (so a memoised tile that did
  // not change is skipped) and read the grid's latest state through this ref.
  const latest = useRef({
    onKeyDown: (_: number, __: KeyboardEvent) => {},
    onClick: (_: number, __: MouseEvent) => {},
  });
  const tileKeyDown = useCallback((index: number, event: KeyboardEvent) => latest.current.onKeyDown(index, event), []);
  const tileClick = useCallback((index: number, event: MouseEvent) => latest.current.onClick(index, event), []);
  const tileFocus = useCallback((index: number) => setFocus(index), []);

  const onKeyDown = (index: number, event: KeyboardEvent) => {
    const columns = columnsOf(list.current);
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns };
    if (event.key in moves) {
      event.preventDefault();
      const target = Math.max(0, Math.min(photos.length - 1, index + moves[event.key]));
      if (event.shiftKey) onSelect(range(anchor, target));
      moveTo(target);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(event.key === 'Home' ? 0 : photos.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(photos[index].id);
    } else if (event.key === ' ') {
      event.preventDefault();
      toggle(photos[index].id);
      setAnchor(index);
    } else if (event.key === 'Escape' && openId) {
      event.preventDefault();
      onOpen(null);
    } else if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSelect(new Set(photos.map((p) => p.id)));
    }
  };

  const onClick = (index: number, event: MouseEvent) => {
    setFocus(index);
    const id = photos[index].id;
    if (event.shiftKey) {
      onSelect(range(anchor, index));
      return;
    }
    setAnchor(index);
    if (event.ctrlKey || event.metaKey) {
      toggle(id);
      return;
    }
    onSelect(new Set([id]));
    onOpen(id);
  };

  useLayoutEffect(() => {
    latest.current = { onKeyDown, onClick };
  });

  if (photos.length === 0) return null;
  return (
    <ul
      ref={list}
      className="photo-grid"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('photos.gridLabel')}
      data-testid="photo-grid"
    >
      {photos.map((photo, index) => (
        <PhotoTile
          key={photo.id}
          photo={photo}
          index={index}
          thumbnail={thumbnailOf(photo)}
          selected={selected.has(photo.id)}
          focused={index === focusIndex}
          open={photo.id === openId}
          onClick={tileClick}
          onKeyDown={tileKeyDown}
          onFocus={tileFocus}
        />
      ))}
    </ul>
  );
}
