import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The Document Service actions that read content. */
const READ_ACTIONS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/** The authentication strategy of an editor signed in to the admin panel: reads drafts. */
const SIGNED_IN_EDITOR = 'admin';
/** The strategy of content API tokens: published only, except the draft preview server's token. */
const CONTENT_API_TOKEN = 'content-api-token';

export const DRAFTS_REFUSED_MESSAGE =
  'Drafts are not available through the content API: only published content can be read. Remove the status parameter.';

/**
 * Who is asking, from the request being served: null outside a request (bootstrap, cron jobs,
 * scripts), else the authentication strategy ('admin', 'content-api-token', 'admin-token',
 * 'users-permissions', or undefined for an anonymous caller) and, for an API token, its id.
 */
export type Caller = { strategy: string | undefined; tokenId?: number } | null;

/** The request being served, as far as this file reads it. */
type RequestContext = { state?: { auth?: { strategy?: { name?: string }; credentials?: { id?: unknown } } } };

function callerOf(requestContext: RequestContext | undefined | null): Caller {
  if (!requestContext) return null;
  const auth = requestContext.state?.auth;
  const strategy = auth?.strategy?.name;
  const tokenId = auth?.credentials?.id;
  return strategy === CONTENT_API_TOKEN && typeof tokenId === 'number' ? { strategy, tokenId } : { strategy };
}

/**
 * What a read may see. An editor signed in to the admin reads drafts, and so does the draft
 * preview server with its own token (`draftReaderTokenId`, the "Draft preview (read-only)" token,
 * which can only read the site's content types); every other caller serving a request (other API
 * tokens of any kind, anonymous visitors, plugin users) reads published versions, whatever path,
 * query or letter case brought the request here.
 */
export type ReadDecision = 'any' | 'published' | { refused: string };

export function readStatusFor(caller: Caller, requested: unknown, draftReaderTokenId: number | null = null): ReadDecision {
  if (caller === null || caller.strategy === SIGNED_IN_EDITOR) return 'any';
  if (draftReaderTokenId !== null && caller.strategy === CONTENT_API_TOKEN && caller.tokenId === draftReaderTokenId) return 'any';
  if (requested !== undefined && requested !== 'published') return { refused: DRAFTS_REFUSED_MESSAGE };
  return 'published';
}

/** The draft preview server's API token (set at bootstrap by allowDraftReadsFor); null until then. */
let draftReaderTokenId: number | null = null;

/** The one API token that may read drafts: the draft preview server's (src/bootstrap/api-token.ts). */
export function allowDraftReadsFor(tokenId: number | null): void {
  draftReaderTokenId = tokenId;
}

/** Marks the Document Service calls made while another is running: the CMS's own work, not a caller's. */
const insideDocumentCall = new AsyncLocalStorage<true>();

/**
 * Enforces "published only" in the document layer, so no route, query parameter or casing can
 * reach a draft. Registered first, it sees each caller's own call as the outermost one; the reads
 * the CMS makes while serving that call (the content rules load the stored draft to check an
 * update) run inside it and are trusted.
 */
export function registerPublishedOnlyReads(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (insideDocumentCall.getStore()) return next();
    return insideDocumentCall.run(true, () => {
      if (!READ_ACTIONS.has(context.action)) return next();
      const params = context.params as { status?: unknown };
      const decision = readStatusFor(callerOf(strapi.requestContext.get()), params.status, draftReaderTokenId);
      // A PolicyError (a ForbiddenError) is the one kind Strapi's router lets through with its message.
      if (typeof decision === 'object') throw new errors.PolicyError(decision.refused);
      if (decision === 'published') params.status = 'published';
      return next();
    });
  });
}
