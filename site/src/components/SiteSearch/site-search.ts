/**
 * The site search in the browser (SiteSearch.astro): Pagefind's JavaScript API behind our own
 * form. Loaded as a same-origin module, as the Content-Security-Policy requires (no inline script);
 * Pagefind needs 'wasm-unsafe-eval' for its WebAssembly, which the policy allows.
 *
 * Searches as the visitor types (after a pause) and on Enter; the words go into the address
 * (?q=), so a search can be shared, reloaded and returned to. The result count goes into a polite
 * live region once the results are on the page.
 */
import type { Dictionary } from '../../i18n';
import { pageDictionary } from '../../i18n/client';
import { addressFor, searchTermFrom } from './search-text';

/** The part of Pagefind's API used here (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  /** Plain text with the matched words in <mark>. */
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 300;

function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The site search has no ${selector}`);
  return element;
}

/** The excerpt as nodes: its text, and its <mark>s as marks; nothing else of the markup is kept. */
function excerptNodes(excerpt: string): Node[] {
  // DOMParser's document is inert: nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('h2');
  title.className = 'site-search__title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title?.trim() || result.url;
  title.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'site-search__excerpt';
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(title, excerpt);
  return item;
}

export async function startSiteSearch(root: HTMLElement): Promise<void> {
  const form = find<HTMLFormElement>(root, '[data-site-search-form]');
  const input = find<HTMLInputElement>(form, '[data-site-search-input]');
  const status = find<HTMLElement>(root, '[data-site-search-status]');
  const list = find<HTMLElement>(root, '[data-site-search-results]');
  const more = find<HTMLElement>(root, '[data-site-search-more]');
  const loadMore = find<HTMLButtonElement>(root, '[data-site-search-load-more]');
  const fallback = find<HTMLElement>(root, '[data-site-search-fallback]');
  const bundlePath = root.dataset.bundlePath || '/pagefind/';

  let pagefind: Pagefind;
  let text: Dictionary;
  try {
    text = await pageDictionary();
    // Pagefind's bundle is written at the end of the Astro build, so it is loaded at run time, not bundled.
    pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await pagefind.options({ basePath: bundlePath, excerptLength: 24 });
    await pagefind.init();
  } catch (error) {
    // The page stays as it is without JavaScript: the list of sections.
    root.dataset.searchState = 'failed';
    console.error('The site search could not start:', error);
    return;
  }

  /** Each search gets a number, so an answer that arrives after a newer search started is dropped. */
  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  async function showNext(generation: number): Promise<HTMLLIElement[]> {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (generation !== latest) return [];
    const items = data.map(resultItem);
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    return items;
  }

  async function search(words: string): Promise<void> {
    const generation = ++latest;
    const term = words.trim();
    if (addressFor(location.pathname, term) !== `${location.pathname}${location.search}`) {
      history.replaceState(null, '', addressFor(location.pathname, term));
    }
    if (term === '') {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const answer = await pagefind.search(term);
    if (generation !== latest || !answer) return;
    results = answer.results;
    shown = 0;
    list.replaceChildren();
    await showNext(generation);
    if (generation !== latest) return;
    // After the results are on the page: the count is what a screen reader hears.
    status.textContent = text.search.results(results.length, term);
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void search(input.value), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void search(input.value);
  });
  loadMore.addEventListener('click', async () => {
    const items = await showNext(latest);
    // Continue from the first new result.
    items[0]?.querySelector('a')?.focus();
  });

  fallback.hidden = true;
  form.hidden = false;
  root.dataset.searchState = 'ready';
  const term = searchTermFrom(location.search);
  if (term) {
    input.value = term;
    await search(term);
  }
}

const root = document.querySelector<HTMLElement>('[data-site-search]');
if (root) void startSiteSearch(root);
