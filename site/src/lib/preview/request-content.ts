import { AsyncLocalStorage } from 'node:async_hooks';
import type { ContentEntry, ContentTypeName } from '@mbc/shared';

/**
 * The draft preview's content, per request. The preview server (site/preview/server.ts) runs
 * each request inside `previewRequests().run(...)`; the pages of the preview build read it
 * through src/lib/content.ts. Both sides reach the same AsyncLocalStorage through a global
 * symbol: the server and Astro's server bundle each hold their own copy of this module.
 */
export interface PreviewContent {
  /** Every entry that passed the content contract, per type. The object is replaced when any entry changes. */
  readonly entries: { readonly [Name in ContentTypeName]: readonly ContentEntry<Name>[] };
}

export interface PreviewRequest {
  /** Which version of the content the editor is looking at. */
  readonly status: 'draft' | 'published';
  readonly content: PreviewContent;
  /** `release`: the page exactly as the static site has it (no preview banner). Default `preview`. */
  readonly purpose?: 'preview' | 'release';
}

const STORAGE = Symbol.for('mbc.site.preview-request');

export function previewRequests(): AsyncLocalStorage<PreviewRequest> {
  const holder = globalThis as { [STORAGE]?: AsyncLocalStorage<PreviewRequest> };
  return (holder[STORAGE] ??= new AsyncLocalStorage<PreviewRequest>());
}

export function currentPreviewRequest(): PreviewRequest {
  const request = previewRequests().getStore();
  if (!request) throw new Error('A draft preview page was rendered outside a preview request: serve the preview build with site/preview/server.ts.');
  return request;
}
