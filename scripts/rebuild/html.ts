/**
 * Reads built pages as elements with attributes, nesting and text, on htmlparser2's parser (the
 * vnu checker covers validity). Used by the rebuild service's link check, the site's build tests
 * and the benchmarks.
 */
import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
export type HtmlNode = HtmlElement | string;

function adopt(nodes: ChildNode[], parent: HtmlElement): void {
  for (const node of nodes) {
    if (node.type === 'text') parent.children.push(node.data);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const element: HtmlElement = { tag: node.name, attrs: { ...node.attribs }, children: [], parent };
      parent.children.push(element);
      adopt(node.children, element);
    }
  }
}

/**
 * Parses a document; the returned root element has tag '#document'. Text is entity-decoded,
 * except in script and style (raw text); comments and doctypes are dropped.
 */
export function parseHtml(source: string): HtmlElement {
  const root: HtmlElement = { tag: '#document', attrs: {}, children: [], parent: null };
  // recognizeSelfClosing: `<path/>` in inline SVG closes itself, as Astro writes it.
  adopt(parseDocument(source, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true }).children, root);
  return root;
}

/** Parses an XML document (a sitemap) into the same tree; names keep their case. */
export function parseXml(source: string): HtmlElement {
  const root: HtmlElement = { tag: '#document', attrs: {}, children: [], parent: null };
  adopt(parseDocument(source, { xmlMode: true }).children, root);
  return root;
}

/** Every element below `root` (document order) that satisfies `test`. */
export function findAll(root: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (test(child)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

export function byTag(root: HtmlElement, tag: string): HtmlElement[] {
  return findAll(root, (element) => element.tag === tag);
}

export function first(root: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  return findAll(root, test)[0];
}

/** The nearest ancestor (or the element itself) with this tag. */
export function closest(element: HtmlElement, tag: string): HtmlElement | null {
  for (let node: HtmlElement | null = element; node; node = node.parent) {
    if (node.tag === tag) return node;
  }
  return null;
}

/**
 * The text a reader sees, whitespace collapsed: no script, style or template content, nothing
 * under `hidden`.
 */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  const visit = (node: HtmlElement) => {
    if (node.tag === 'script' || node.tag === 'style' || node.tag === 'template' || 'hidden' in node.attrs) return;
    for (const child of node.children) {
      if (typeof child === 'string') parts.push(child);
      else {
        visit(child);
        if (child.tag === 'br' || /^(p|div|li|h[1-6]|dt|dd|tr|section|article|header|footer|nav|ul|ol|dl)$/.test(child.tag)) parts.push(' ');
      }
    }
  };
  visit(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The raw content of a raw-text element such as <script>. */
export function rawTextOf(element: HtmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}
