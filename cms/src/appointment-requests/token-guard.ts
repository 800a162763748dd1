import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { APPOINTMENT_REQUEST_UID } from './settings';

/** Authentication strategies that stand for a token rather than a signed-in person. */
const TOKEN_STRATEGIES = new Set<string | undefined>(['admin-token', 'content-api-token']);

/**
 * No API token ever reads or changes appointment requests, whatever permissions it was given:
 * the content API has no route for them, and this refuses the admin API too when the caller is
 * an admin token (Strapi lets a super admin mint one with their own permissions), or comes
 * through Strapi's MCP server (which only takes admin tokens). Care
 * coordinators work in the admin, signed in as themselves.
 */
export function registerRequestTokenGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.uid as string) !== APPOINTMENT_REQUEST_UID) return next();
    const ctx = strapi.requestContext.get() as { path?: unknown; state?: { auth?: { strategy?: { name?: string } } } } | undefined;
    const strategy = ctx?.state?.auth?.strategy?.name;
    // Strapi's MCP server (off unless server.mcp.enabled) authenticates admin tokens on its own route.
    const viaMcp = typeof ctx?.path === 'string' && ctx.path.startsWith('/mcp');
    if (TOKEN_STRATEGIES.has(strategy) || viaMcp) {
      throw new errors.ForbiddenError('Appointment requests are not available to API tokens. Sign in to the admin as a care coordinator.');
    }
    return next();
  });
}
