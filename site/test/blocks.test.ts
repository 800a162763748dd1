import type { Blocks, InlineNode } from '@mbc/shared';
import { describe, expect, test } from 'vitest';
import { findAll, parseHtml } from '../../scripts/rebuild/html';
import { blocksToPlainText, escapeHtml, renderBlocks, safeLinkUrl } from '../src/lib/blocks';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text' as const, text: value, ...marks });
const paragraph = (...children: InlineNode[]): Blocks[number] => ({ type: 'paragraph', children });
const link = (url: string, label: string) => ({ type: 'link' as const, url, children: [text(label)] });

describe('renderBlocks: semantic HTML', () => {
  test('paragraphs, marks, headings, lists, quotes and code', () => {
    const html = renderBlocks([
      { type: 'heading', level: 2, children: [text('What to expect')] },
      paragraph(text('Call '), text('today', { bold: true }), text(' or '), text('tomorrow', { italic: true })),
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('First')] }, { type: 'list-item', children: [text('Second')] }] },
      { type: 'quote', children: [text('Ask about trials.')] },
      { type: 'code', children: [text('NCT09900101')] },
    ]);
    expect(html).toBe(
      [
        '<h2>What to expect</h2>',
        '<p>Call <strong>today</strong> or <em>tomorrow</em></p>',
        '<ol><li>First</li><li>Second</li></ol>',
        '<blockquote><p>Ask about trials.</p></blockquote>',
        '<pre><code>NCT09900101</code></pre>',
      ].join('\n'),
    );
  });

  test('underline, strikethrough and inline code nest inside each other', () => {
    expect(renderBlocks([paragraph(text('x', { bold: true, italic: true, underline: true, strikethrough: true, code: true }))])).toBe(
      '<p><strong><em><u><s><code>x</code></s></u></em></strong></p>',
    );
  });

  test('a nested list goes inside the item before it (valid HTML)', () => {
    const html = renderBlocks([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Imaging')] },
          { type: 'list', format: 'ordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('CT scan')] }] },
          { type: 'list-item', children: [text('Biopsy')] },
        ],
      },
    ]);
    expect(html).toBe('<ul><li>Imaging<ol><li>CT scan</li></ol></li><li>Biopsy</li></ul>');
  });

  test('empty paragraphs (the editor leaves them between blocks) are dropped; soft line breaks become <br>', () => {
    expect(renderBlocks([paragraph(text('')), paragraph(text('Line one\nLine two'))])).toBe('<p>Line one<br>Line two</p>');
  });

  test('images get alt text, size, lazy loading and a caption', () => {
    const html = renderBlocks([
      {
        type: 'image',
        image: { url: 'https://cms.example/uploads/chair.jpg', alternativeText: 'An infusion chair', caption: 'Our infusion center', width: 800, height: 600 },
        children: [text('')],
      },
    ]);
    expect(html).toBe(
      '<figure><img src="https://cms.example/uploads/chair.jpg" alt="An infusion chair" width="800" height="600" loading="lazy" decoding="async"><figcaption>Our infusion center</figcaption></figure>',
    );
  });

  test('nothing for no body', () => {
    expect(renderBlocks([])).toBe('');
    expect(renderBlocks(null)).toBe('');
  });
});

describe('renderBlocks: headings keep the page to one h1', () => {
  const headings = (levels: (1 | 2 | 3 | 4 | 5 | 6)[]): Blocks => levels.map((level) => ({ type: 'heading', level, children: [text(`h${level}`)] }));
  const levelsIn = (html: string) => findAll(parseHtml(html), (element) => /^h[1-6]$/.test(element.tag)).map((heading) => Number(heading.tag[1]));

  test('an h1 in the body becomes an h2 and the levels below move with it', () => {
    expect(levelsIn(renderBlocks(headings([1, 2, 3])))).toEqual([2, 3, 4]);
  });

  test('a body inside a section with its own h2 starts at h3', () => {
    expect(levelsIn(renderBlocks(headings([2, 3]), { headingBase: 3 }))).toEqual([3, 4]);
  });

  test('a body that starts too deep moves up, so no level is skipped after the page heading', () => {
    expect(levelsIn(renderBlocks(headings([4, 5])))).toEqual([2, 3]);
  });

  test('levels never go past h6', () => {
    expect(levelsIn(renderBlocks(headings([1, 6]), { headingBase: 4 }))).toEqual([4, 6]);
  });

  test('no body heading is ever an h1', () => {
    for (const base of [2, 3, 4, 5, 6] as const) {
      expect(renderBlocks(headings([1, 1, 2]), { headingBase: base })).not.toMatch(/<h1/);
    }
  });
});

describe('renderBlocks: untrusted content comes out inert', () => {
  test('<script> and <iframe> in text are escaped, not elements', () => {
    const html = renderBlocks([
      paragraph(text('<script>alert(1)</script>')),
      { type: 'heading', level: 2, children: [text('<iframe src="https://evil.example"></iframe>')] },
      { type: 'code', children: [text('</code></pre><script>alert(2)</script>')] },
      { type: 'quote', children: [text('<img src=x onerror=alert(3)>')] },
    ]);
    expect(html).not.toMatch(/<script|<iframe|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
  });

  test('quotes cannot break out of an attribute to add onerror= or another attribute', () => {
    const html = renderBlocks([
      paragraph(link('https://example.org/" onmouseover="alert(1)', 'hover')),
      {
        type: 'image',
        image: { url: 'https://cms.example/x.jpg" onerror="alert(1)', alternativeText: '" onerror="alert(2)', width: 1, height: 1 },
        children: [],
      },
    ]);
    expect(html).not.toMatch(/"\s*onmouseover=|"\s*onerror=/);
    expect(html).toContain('href="https://example.org/&quot; onmouseover=&quot;alert(1)"');
    expect(html).toContain('alt="&quot; onerror=&quot;alert(2)"');
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '\u00a0javascript:alert(1)',
  ])('a %j link loses its href but keeps its words', (url) => {
    const html = renderBlocks([paragraph(text('See '), link(url, 'this page'))]);
    expect(html).toBe('<p>See this page</p>');
    expect(html).not.toMatch(/<a|href|javascript|vbscript|data:/i);
  });

  test('an image with a javascript: or data: source is left out', () => {
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>']) {
      expect(renderBlocks([{ type: 'image', image: { url, alternativeText: 'x' }, children: [] }])).toBe('');
    }
  });

  test.each([
    ['https://www.cancer.gov/types/breast', 'https://www.cancer.gov/types/breast'],
    ['http://example.org', 'http://example.org'],
    ['mailto:navigator@example.org', 'mailto:navigator@example.org'],
    ['tel:+19195550100', 'tel:+19195550100'],
    ['/appointments/', '/appointments/'],
    ['../support/#palliative-care', '../support/#palliative-care'],
    ['#goals-of-care', '#goals-of-care'],
    ['?q=1', '?q=1'],
  ])('a %s link is kept', (url, href) => {
    expect(renderBlocks([paragraph(link(url, 'go'))])).toBe(`<p><a href="${escapeHtml(href)}">go</a></p>`);
  });

  test('a link with an & in it is escaped in the attribute', () => {
    expect(renderBlocks([paragraph(link('https://example.org/?a=1&b=2', 'go'))])).toBe('<p><a href="https://example.org/?a=1&amp;b=2">go</a></p>');
  });
});

describe('helpers', () => {
  test('escapeHtml escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  test('safeLinkUrl refuses a colon before the path (an unknown scheme)', () => {
    expect(safeLinkUrl('foo:bar')).toBeNull();
    expect(safeLinkUrl('/a:b')).toBe('/a:b');
    expect(safeLinkUrl('   ')).toBeNull();
  });

  test('blocksToPlainText joins the words of every block', () => {
    expect(
      blocksToPlainText([
        { type: 'heading', level: 2, children: [text('Title')] },
        paragraph(text('A '), link('/x/', 'link')),
        { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('item')] }] },
      ]),
    ).toBe('Title A link item');
  });
});
