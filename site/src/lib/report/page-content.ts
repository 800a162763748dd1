/**
 * What the content report reads from a built page (rules in the README, "The content report"):
 *
 * - Prose: the text of each paragraph (<p>) and list item (<li>) inside <main>, each a block of
 *   its own (a list item's nested list or paragraph is a block too, not part of the item's text).
 *   Not prose: headings; navigation (<nav>: breadcrumbs, "on this page"); forms (labels, hints);
 *   tables and description lists (<dl>: facts such as phone, hours, phase); figures and their
 *   captions; addresses; anything hidden; and what a template marks with data-not-prose (the
 *   "Medically reviewed on DATE by NAME" line). Header and footer are outside <main>.
 * - Images: every <img> inside <main>. One without an alt attribute lacks alt text; so does one
 *   whose alt is empty, unless the template marks it decorative (data-decorative: the portraits
 *   on doctor cards, beside the doctor's name). An editor's image never is.
 */
import { findAll, first, type HtmlElement } from '../../../../scripts/rebuild/html';

/** Elements whose text is never prose, with everything inside them. */
const NOT_PROSE = new Set(['nav', 'form', 'table', 'dl', 'figure', 'address', 'script', 'style', 'template', 'noscript', 'svg', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Blocks of prose: each is measured on its own. */
const BLOCKS = new Set(['p', 'li']);
/** Inside a block, these start blocks (or non-prose) of their own. */
const NESTED = new Set(['p', 'li', 'ul', 'ol', 'div', 'section', 'article', 'header', 'footer', 'aside', 'blockquote']);

function isSkipped(element: HtmlElement): boolean {
  return NOT_PROSE.has(element.tag) || 'hidden' in element.attrs || 'data-not-prose' in element.attrs || element.attrs['aria-hidden'] === 'true';
}

/**
 * The page's <main> element as HTML ('' if it has none). Everything the report reads is inside it,
 * and it is under half of a page: parsing only it halves the report's work on a 10,727-page build.
 */
export function mainElementHtml(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  return start === -1 || end < start ? '' : html.slice(start, end + '</main>'.length);
}

function mainOf(document: HtmlElement): HtmlElement | undefined {
  return first(document, (element) => element.tag === 'main');
}

/** The text of a block, without the blocks nested in it. */
function ownText(block: HtmlElement): string {
  const parts: string[] = [];
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') parts.push(child);
      else if (!isSkipped(child) && !NESTED.has(child.tag)) visit(child);
      else if (child.tag === 'br') parts.push(' ');
    }
  };
  visit(block);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The page's prose: the text of each paragraph and list item in <main>, in reading order. */
export function proseBlocks(document: HtmlElement): string[] {
  const main = mainOf(document);
  if (!main) return [];
  const blocks: string[] = [];
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string' || isSkipped(child)) continue;
      if (BLOCKS.has(child.tag)) {
        const text = ownText(child);
        if (text) blocks.push(text);
      }
      visit(child);
    }
  };
  visit(main);
  return blocks;
}

export interface ImageWithoutAlt {
  src: string;
  problem: 'no alt attribute' | 'empty alt text';
}

/** Images in <main> that a screen reader user would miss (see the rules above). */
export function imagesWithoutAlt(document: HtmlElement): ImageWithoutAlt[] {
  const main = mainOf(document);
  if (!main) return [];
  return findAll(main, (element) => element.tag === 'img').flatMap((image): ImageWithoutAlt[] => {
    const src = image.attrs.src ?? '';
    if (!('alt' in image.attrs)) return [{ src, problem: 'no alt attribute' }];
    if (image.attrs.alt!.trim() === '' && !('data-decorative' in image.attrs)) return [{ src, problem: 'empty alt text' }];
    return [];
  });
}
