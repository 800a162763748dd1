import { createHash, timingSafeEqual } from 'node:crypto';

/** The header Strapi sends the shared secret in (cms/src/bootstrap/webhooks.ts registers it). */
export const SECRET_HEADER = 'x-rebuild-secret';

/** Events that change what the live site shows. Draft saves (entry.create/update) do not. */
export const REBUILD_EVENTS = new Set(['entry.publish', 'entry.unpublish', 'entry.delete', 'media.create', 'media.update', 'media.delete']);

/** Constant-time comparison; hashing first makes both sides the same length. */
export function secretMatches(provided: string | undefined, expected: string): boolean {
  if (!provided || !expected) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(provided), digest(expected));
}

export type WebhookDecision =
  | { action: 'rebuild'; event: string; key: string; summary: string }
  | { action: 'ignore'; event: string | null; reason: string };

type StrapiWebhookBody = {
  event?: unknown;
  uid?: unknown;
  model?: unknown;
  entry?: Record<string, unknown> | null;
  media?: Record<string, unknown> | null;
};

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0);
}

/**
 * Decides what one Strapi webhook means for the site. `seen` holds keys of events already
 * acted on, so a repeated delivery of the same change does not cause another build.
 */
export function decideOnWebhook(body: unknown, seen: { has(key: string): boolean }): WebhookDecision {
  if (typeof body !== 'object' || body === null) return { action: 'ignore', event: null, reason: 'body is not a JSON object' };
  const { event, uid, model, entry, media } = body as StrapiWebhookBody;
  if (typeof event !== 'string') return { action: 'ignore', event: null, reason: 'no event name' };
  if (!REBUILD_EVENTS.has(event)) {
    return { action: 'ignore', event, reason: event.startsWith('entry.') ? 'draft save: the live site does not change' : 'event does not affect the site' };
  }
  const subject = event.startsWith('media.') ? media : entry;
  if (isEmpty(subject)) return { action: 'ignore', event, reason: 'empty entry' };
  const record = subject as Record<string, unknown>;
  const identity = record.documentId ?? record.id ?? record.hash;
  const version = record.publishedAt ?? record.updatedAt ?? '';
  const key = `${event}|${String(uid ?? model ?? 'media')}|${String(identity)}|${String(version)}`;
  if (seen.has(key)) return { action: 'ignore', event, reason: 'duplicate delivery' };
  const label = typeof record.slug === 'string' ? record.slug : String(identity);
  return { action: 'rebuild', event, key, summary: `${event} ${String(uid ?? model ?? 'media')} ${label}` };
}

/** Remembers the last `capacity` keys (oldest forgotten first). */
export class RecentKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly capacity = 1000) {}
  has(key: string): boolean {
    return this.keys.has(key);
  }
  add(key: string): void {
    this.keys.add(key);
    if (this.keys.size > this.capacity) this.keys.delete(this.keys.values().next().value as string);
  }
}
