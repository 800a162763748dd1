import type { BlockNode, Blocks, InlineNode, ListBlock, ListItemNode, TextNode } from '@mbc/shared';

/**
 * Strapi "blocks" rich text → semantic HTML. Editors' text is untrusted: every text and attribute
 * value is escaped, and links keep only http(s):, mailto:, tel: and relative URLs, so a body that
 * holds <script>, onerror= or javascript: comes out as harmless text. Headings are shifted so the
 * page keeps its single h1 and a sensible outline.
 */

export interface RenderBlocksOptions {
  /**
   * The level the body's highest heading becomes: 2 for a body directly under the page's h1,
   * 3 for a body inside a section that has its own h2. Default 2.
   */
  headingBase?: 2 | 3 | 4 | 5 | 6;
  /**
   * Where a link goes on this page's locale, and the language of its page when that is another
   * (locale-links.ts localizedHref); the link then says so (`languageNote`, e.g. "(en inglés)").
   */
  linkTo?: (href: string) => { href: string; lang?: string; languageNote?: string };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] as string);
}

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The URL if a link may point there, otherwise null. Browsers ignore leading and trailing control
 * characters and spaces, and tabs and newlines anywhere ("java\tscript:"), so those are removed
 * before the scheme is read; anything with a scheme outside the allowed list is refused.
 */
export function safeLinkUrl(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (cleaned === '') return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  if (scheme) return ALLOWED_SCHEMES.has((scheme[1] as string).toLowerCase()) ? cleaned : null;
  // No scheme: a relative URL, unless a colon comes before the first / ? or # (something the
  // pattern above did not read as a scheme, which a browser might).
  const beforePath = cleaned.split(/[/?#]/, 1)[0] as string;
  return beforePath.includes(':') ? null : cleaned;
}

/** Image sources: only http(s) and site-relative paths (no data:, no javascript:). */
function safeImageUrl(url: string): string | null {
  const safe = safeLinkUrl(url);
  if (safe === null) return null;
  return /^(mailto|tel):/i.test(safe) ? null : safe;
}

function renderText(node: TextNode): string {
  // Soft line breaks (Shift+Enter in the editor) arrive as newlines inside the text.
  let html = escapeHtml(node.text).replace(/\r?\n/g, '<br>');
  if (html === '') return '';
  if (node.code) html = `<code>${html}</code>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  return html;
}

function renderInline(nodes: readonly InlineNode[], options: RenderBlocksOptions = {}): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return renderText(node);
      const children = node.children.map(renderText).join('');
      const safe = safeLinkUrl(node.url);
      // A refused link keeps its words, so the sentence still reads, but is not clickable.
      if (safe === null) return children;
      const label = children === '' ? escapeHtml(safe) : children;
      const target = options.linkTo ? options.linkTo(safe) : { href: safe };
      const hreflang = target.lang ? ` hreflang="${escapeHtml(target.lang)}"` : '';
      const note = target.lang && target.languageNote ? ` ${escapeHtml(target.languageNote)}` : '';
      return `<a href="${escapeHtml(target.href)}"${hreflang}>${label}</a>${note}`;
    })
    .join('');
}

function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : plainText(node.children))).join('');
}

/**
 * A list as the schema parses it. Zod infers the nested list of the recursive schema (a getter)
 * as Record<string, unknown>; the parser does check it as a list, so this is its real type.
 */
interface NestedList extends Omit<ListBlock, 'children'> {
  children: (ListItemNode | NestedList)[];
}

function renderList(list: NestedList, options: RenderBlocksOptions): string {
  const tag = list.format === 'ordered' ? 'ol' : 'ul';
  const items: string[] = [];
  for (const child of list.children) {
    if (child.type === 'list-item') {
      items.push(`<li>${renderInline(child.children, options)}`);
    } else if (items.length > 0) {
      // A nested list belongs inside the item before it (a list directly in a list is invalid HTML).
      items[items.length - 1] += renderList(child, options);
    } else {
      items.push(`<li>${renderList(child, options)}`);
    }
  }
  return `<${tag}>${items.map((item) => `${item}</li>`).join('')}</${tag}>`;
}

function headingLevels(blocks: readonly BlockNode[]): number[] {
  return blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
}

function renderBlock(block: BlockNode, shiftHeading: (level: number) => number, options: RenderBlocksOptions): string {
  switch (block.type) {
    case 'paragraph': {
      const html = renderInline(block.children, options);
      return html.trim() === '' ? '' : `<p>${html}</p>`;
    }
    case 'heading': {
      const html = renderInline(block.children, options);
      if (html.trim() === '') return '';
      const level = shiftHeading(block.level);
      return `<h${level}>${html}</h${level}>`;
    }
    case 'list':
      return renderList(block as NestedList, options);
    case 'quote': {
      const html = renderInline(block.children, options);
      return html.trim() === '' ? '' : `<blockquote><p>${html}</p></blockquote>`;
    }
    case 'code': {
      const text = block.children.map((child) => child.text).join('');
      return `<pre><code>${escapeHtml(text)}</code></pre>`;
    }
    case 'image': {
      const src = safeImageUrl(block.image.url);
      if (src === null) return '';
      const alt = block.image.alternativeText ?? '';
      const size =
        block.image.width && block.image.height ? ` width="${block.image.width}" height="${block.image.height}"` : '';
      const caption = block.image.caption ? `<figcaption>${escapeHtml(block.image.caption)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${size} loading="lazy" decoding="async">${caption}</figure>`;
    }
  }
}

/** Renders a blocks body to an HTML string that is safe to insert as is. */
export function renderBlocks(blocks: Blocks | null | undefined, options: RenderBlocksOptions = {}): string {
  if (!blocks || blocks.length === 0) return '';
  const base = options.headingBase ?? 2;
  const levels = headingLevels(blocks);
  const highest = levels.length > 0 ? Math.min(...levels) : base;
  // Move the body's highest heading to `base` and keep the steps between levels.
  const shiftHeading = (level: number) => Math.min(6, Math.max(base, level - highest + base));
  return blocks
    .map((block) => renderBlock(block, shiftHeading, options))
    .filter((html) => html !== '')
    .join('\n');
}

/** The body's words without markup, e.g. for a meta description. */
export function blocksToPlainText(blocks: Blocks | null | undefined): string {
  if (!blocks) return '';
  const parts: string[] = [];
  const visit = (block: Exclude<BlockNode, ListBlock> | NestedList | ListItemNode): void => {
    if (block.type === 'list') block.children.forEach(visit);
    else if (block.type === 'code') parts.push(block.children.map((child) => child.text).join(''));
    else if (block.type === 'image') parts.push(block.image.alternativeText ?? '');
    else parts.push(plainText(block.children));
  };
  for (const block of blocks) visit(block.type === 'list' ? (block as NestedList) : block);
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}
