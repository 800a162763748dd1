import { z } from 'zod';

/**
 * Strapi's "blocks" rich text: an array of block nodes, each with inline children. The site
 * renders these itself, so every node kind the editor can produce is described here; anything
 * else fails loudly instead of silently disappearing from a page.
 */

export const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  // Strapi writes a flag only when it is on.
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

export const linkNodeSchema = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNodeSchema),
});

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, linkNodeSchema]);

export const paragraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  children: z.array(inlineNodeSchema),
});

export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  level: z.literal([1, 2, 3, 4, 5, 6]),
  children: z.array(inlineNodeSchema),
});

export const listItemNodeSchema = z.object({
  type: z.literal('list-item'),
  children: z.array(inlineNodeSchema),
});

/** Lists nest: an indented list is a child of its parent list, next to the list items. */
export const listBlockSchema = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().nonnegative().optional(),
  get children() {
    return z.array(z.discriminatedUnion('type', [listItemNodeSchema, listBlockSchema]));
  },
});

export const quoteBlockSchema = z.object({
  type: z.literal('quote'),
  children: z.array(inlineNodeSchema),
});

export const codeBlockSchema = z.object({
  type: z.literal('code'),
  language: z.string().optional(),
  children: z.array(textNodeSchema),
});

/** The editor embeds the whole upload record; the site needs only these fields. */
export const imageBlockSchema = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string().min(1),
    alternativeText: z.string().nullish(),
    caption: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
  }),
  children: z.array(textNodeSchema),
});

export const blockNodeSchema = z.discriminatedUnion('type', [
  paragraphBlockSchema,
  headingBlockSchema,
  listBlockSchema,
  quoteBlockSchema,
  codeBlockSchema,
  imageBlockSchema,
]);

export const blocksSchema = z.array(blockNodeSchema);

export type TextNode = z.infer<typeof textNodeSchema>;
export type LinkNode = z.infer<typeof linkNodeSchema>;
export type InlineNode = z.infer<typeof inlineNodeSchema>;
export type ListItemNode = z.infer<typeof listItemNodeSchema>;
export type ListBlock = z.infer<typeof listBlockSchema>;
export type BlockNode = z.infer<typeof blockNodeSchema>;
export type Blocks = z.infer<typeof blocksSchema>;
