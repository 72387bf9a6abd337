import { useEffect, type RefObject } from 'react';
import type { Entry } from '../../../shared/domain/entry';
import type { RegisterRows } from './useRegisterRows';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

interface Shortcuts {
  /** A dialog or drawer is open: its own keys win. */
  paused: boolean;
  search: RefObject<HTMLInputElement | null>;
  rows: Pick<RegisterRows, 'itemCount' | 'item'>;
  selected: number;
  select(index: number): void;
  openNew(): void;
  openEdit(entry: Entry): void;
}

/** Screen-wide shortcuts (ShortcutsPopover lists them): / or Ctrl+K search, N new, arrows move, Enter opens. */
export function useRegisterShortcuts(keys: Shortcuts): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (keys.paused) return;
      if ((event.key === '/' && !typing(event.target)) || ((event.ctrlKey || event.metaKey) && event.key === 'k')) {
        event.preventDefault();
        keys.search.current?.focus();
        return;
      }
      if (event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        keys.openNew();
        return;
      }
      if (typing(event.target) && event.target !== keys.search.current) return;
      if (event.key === 'n' && !typing(event.target)) {
        event.preventDefault();
        keys.openNew();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        let next = keys.selected;
        for (let i = 0; i < keys.rows.itemCount; i += 1) {
          next = Math.min(Math.max(next + step, 0), keys.rows.itemCount - 1);
          if (keys.rows.item(next).kind === 'row') break;
        }
        keys.select(next);
      } else if (event.key === 'Enter' && keys.selected >= 0) {
        const found = keys.rows.item(keys.selected);
        if (found.kind === 'row' && found.entry) {
          event.preventDefault();
          keys.openEdit(found.entry);
        }
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}
