/**
 * The site search's page addresses (pure: the search page's script and its tests use it). What it
 * says in words is the dictionary's `search`.
 */

/** The search words in a page address (?q=…), so a search can be linked to, reloaded and returned to with Back. */
export function searchTermFrom(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** The page address for a search: ?q=… , or none for an empty search. */
export function addressFor(pathname: string, term: string): string {
  const trimmed = term.trim();
  return trimmed ? `${pathname}?${new URLSearchParams({ q: trimmed })}` : pathname;
}
