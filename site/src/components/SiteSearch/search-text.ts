/**
 * What the site search says, in words (pure: the search page's script and its tests use it).
 */

/** "3 results for 'tamoxifen'", "1 result for 'tamoxifen'", "No results for 'zzz'. …": read out by the page's live region. */
export function resultCountText(count: number, term: string): string {
  const quoted = `'${term.trim()}'`;
  if (count === 0) return `No results for ${quoted}. Check the spelling, or try fewer or different words.`;
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'result' : 'results'} for ${quoted}`;
}

/** The search words in a page address (?q=…), so a search can be linked to, reloaded and returned to with Back. */
export function searchTermFrom(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** The page address for a search: ?q=… , or none for an empty search. */
export function addressFor(pathname: string, term: string): string {
  const trimmed = term.trim();
  return trimmed ? `${pathname}?${new URLSearchParams({ q: trimmed })}` : pathname;
}
