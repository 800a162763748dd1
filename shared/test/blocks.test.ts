import { describe, expect, test } from 'vitest';
import { blocksSchema } from '../src/schemas/blocks';

describe('blocks', () => {
  test('parses every node kind the Strapi editor produces', () => {
    const body = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'What to expect' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Call ', bold: true },
          { type: 'link', url: 'tel:+19195550100', children: [{ type: 'text', text: '(919) 555-0100' }] },
          { type: 'text', text: ' with questions.', italic: true, underline: true, strikethrough: false, code: false },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Bone scan' }] },
          {
            type: 'list',
            format: 'ordered',
            indentLevel: 1,
            children: [{ type: 'list-item', children: [{ type: 'text', text: 'CT scan' }] }],
          },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: 'Ask about clinical trials.' }] },
      { type: 'code', language: 'plaintext', children: [{ type: 'text', text: 'NCT09900001' }] },
      {
        type: 'image',
        image: { url: '/uploads/infusion.jpg', alternativeText: 'An infusion chair', width: 800, height: 600, hash: 'x' },
        children: [{ type: 'text', text: '' }],
      },
    ];
    expect(blocksSchema.parse(body)).toHaveLength(6);
  });

  test('rejects a heading level outside 1-6', () => {
    const result = blocksSchema.safeParse([{ type: 'heading', level: 7, children: [{ type: 'text', text: 'Too deep' }] }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, 'level']);
  });

  test('rejects a node kind the site does not know how to render', () => {
    expect(blocksSchema.safeParse([{ type: 'table', children: [] }]).success).toBe(false);
  });

  test('rejects a list with a paragraph inside', () => {
    const list = { type: 'list', format: 'unordered', children: [{ type: 'paragraph', children: [] }] };
    expect(blocksSchema.safeParse([list]).success).toBe(false);
  });
});
