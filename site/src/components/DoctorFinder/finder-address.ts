/**
 * The finder's state in the page address. The state ⇄ query string mapping is pure
 * (src/lib/finder/state.ts); this module writes history entries.
 */
import { decodeState, encodeState, sanitizeState, type FinderState } from '../../lib/finder/state';
import type { FinderData } from '../../lib/finder/finder-index';

/** The page address for a state: this page's path and the state's query string, if any. */
export function addressFor(pathname: string, state: FinderState): string {
  const search = encodeState(state);
  return `${pathname}${search ? `?${search}` : ''}`;
}

/** The state the address asks for, cleaned against the index (unknown slugs dropped). */
export function stateFromAddress(search: string, data: FinderData): FinderState {
  return sanitizeState(decodeState(search), data);
}

export interface AddressWriter {
  /** A new address, as a new history entry, or replacing the current one. */
  write(url: string, replace: boolean): void;
  /** Forgets an address not yet written (Back or Forward came first). */
  cancel(): void;
}

/**
 * The address follows the results a moment later, in a task of its own: a history entry costs
 * the browser more than updating the results (Chromium also looks at the page's icons again),
 * and the visitor is waiting for the results. Changes within one task make one entry, which
 * replaces the current one only if all of them asked to.
 */
export function createAddressWriter(): AddressWriter {
  let pending: { url: string; replace: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    const next = pending;
    pending = null;
    if (!next || next.url === `${location.pathname}${location.search}`) return;
    if (next.replace) history.replaceState(null, '', next.url);
    else history.pushState(null, '', next.url);
  };
  return {
    write(url, replace) {
      pending = { url, replace: pending ? pending.replace && replace : replace };
      clearTimeout(timer);
      timer = setTimeout(flush, 0);
    },
    cancel() {
      clearTimeout(timer);
      pending = null;
    },
  };
}
