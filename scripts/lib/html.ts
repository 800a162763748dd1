/**
 * A small HTML reader for checking built pages: elements with attributes, nesting and text.
 * Not a conforming HTML parser (the vnu checker covers validity); it reads well-formed output such
 * as Astro's: void elements, raw-text elements (script, style, textarea, title), comments, and
 * closing tags that close any unclosed elements inside them.
 */

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
  reg: '®',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  minus: '−',
  times: '×',
  rarr: '→',
  larr: '←',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Parses a document; the returned root element has tag '#document'. */
export function parseHtml(source: string): HtmlElement {
  const root: HtmlElement = { tag: '#document', attrs: {}, children: [], parent: null };
  let current = root;
  let i = 0;
  const length = source.length;

  const pushText = (text: string) => {
    if (text) current.children.push(decodeEntities(text));
  };

  while (i < length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      pushText(source.slice(i));
      break;
    }
    pushText(source.slice(i, lt));
    i = lt;

    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end === -1 ? length : end + 3;
      continue;
    }
    if (source[i + 1] === '!' || source[i + 1] === '?') {
      const end = source.indexOf('>', i);
      i = end === -1 ? length : end + 1;
      continue;
    }
    if (source[i + 1] === '/') {
      const match = /^<\/([a-zA-Z][^\s/>]*)\s*>/.exec(source.slice(i, i + 200));
      if (!match) {
        pushText('<');
        i += 1;
        continue;
      }
      const tag = match[1].toLowerCase();
      // Close up to and including the nearest open element with this name; ignore stray closers.
      for (let open: HtmlElement | null = current; open && open !== root; open = open.parent) {
        if (open.tag === tag) {
          current = open.parent ?? root;
          break;
        }
      }
      i += match[0].length;
      continue;
    }

    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(source.slice(i, i + 100));
    if (!nameMatch) {
      pushText('<');
      i += 1;
      continue;
    }
    const tag = nameMatch[1].toLowerCase();
    i += nameMatch[0].length;

    const attrs: Record<string, string> = {};
    let selfClosing = false;
    while (i < length) {
      while (i < length && /\s/.test(source[i])) i++;
      if (source[i] === '>') {
        i++;
        break;
      }
      if (source.startsWith('/>', i)) {
        selfClosing = true;
        i += 2;
        break;
      }
      const attrMatch = /^[^\s"'>/=]+/.exec(source.slice(i, i + 200));
      if (!attrMatch) {
        i++; // a stray "/" or quote: skip it
        continue;
      }
      const name = attrMatch[0].toLowerCase();
      i += attrMatch[0].length;
      let j = i;
      while (j < length && /\s/.test(source[j])) j++;
      let value = '';
      if (source[j] === '=') {
        j++;
        while (j < length && /\s/.test(source[j])) j++;
        const quote = source[j];
        if (quote === '"' || quote === "'") {
          const end = source.indexOf(quote, j + 1);
          value = source.slice(j + 1, end === -1 ? length : end);
          i = end === -1 ? length : end + 1;
        } else {
          const unquoted = /^[^\s>]*/.exec(source.slice(j))![0];
          value = unquoted;
          i = j + unquoted.length;
        }
      }
      if (!(name in attrs)) attrs[name] = decodeEntities(value);
    }

    const element: HtmlElement = { tag, attrs, children: [], parent: current };
    current.children.push(element);
    if (VOID.has(tag) || selfClosing) continue;
    if (RAW_TEXT.has(tag)) {
      const closeAt = source.toLowerCase().indexOf(`</${tag}`, i);
      const end = closeAt === -1 ? length : closeAt;
      const raw = source.slice(i, end);
      if (raw) element.children.push(tag === 'script' || tag === 'style' ? raw : decodeEntities(raw));
      const closeEnd = closeAt === -1 ? length : source.indexOf('>', closeAt) + 1;
      i = closeEnd;
      continue;
    }
    current = element;
  }
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
