import type { Core } from '@strapi/strapi';

export const REBUILD_WEBHOOK_NAME = 'Rebuild the static site';

/** Publishing, unpublishing and deleting change the live site; draft saves do not. */
export const REBUILD_EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete', 'media.create', 'media.update', 'media.delete'];

export const REBUILD_SECRET_HEADER = 'x-rebuild-secret';

type Webhook = { id: string | number; name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean };

/** What the webhook should look like, from the environment; null when no URL is configured. */
export function desiredRebuildWebhook(env: NodeJS.ProcessEnv = process.env): Omit<Webhook, 'id' | 'isEnabled'> | null {
  const url = env.REBUILD_WEBHOOK_URL;
  if (!url) return null;
  const secret = env.REBUILD_WEBHOOK_SECRET;
  if (!secret) throw new Error('REBUILD_WEBHOOK_URL is set but REBUILD_WEBHOOK_SECRET is not: the rebuild service refuses unsigned webhooks.');
  return { name: REBUILD_WEBHOOK_NAME, url, headers: { [REBUILD_SECRET_HEADER]: secret }, events: REBUILD_EVENTS };
}

function sameWebhook(stored: Webhook, desired: Omit<Webhook, 'id' | 'isEnabled'>): boolean {
  return (
    stored.url === desired.url &&
    stored.isEnabled &&
    JSON.stringify(stored.headers ?? {}) === JSON.stringify(desired.headers) &&
    JSON.stringify([...stored.events].sort()) === JSON.stringify([...desired.events].sort())
  );
}

/**
 * Registers (or corrects) the webhook that tells the rebuild service to rebuild the site,
 * idempotently: one webhook with this name, pointing where the environment says.
 */
export async function ensureRebuildWebhook(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const desired = desiredRebuildWebhook(env);
  if (!desired) {
    strapi.log.info('REBUILD_WEBHOOK_URL is not set: publishing will not trigger a site rebuild.');
    return;
  }
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const existing = ((await store.findWebhooks()) as Webhook[]).filter((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);
  const [keep, ...duplicates] = existing;
  for (const duplicate of duplicates) {
    await store.deleteWebhook(duplicate.id);
    runner.remove(duplicate);
  }
  if (!keep) {
    const created = await store.createWebhook({ ...desired, isEnabled: true });
    runner.add(created);
    strapi.log.info(`Registered the webhook "${REBUILD_WEBHOOK_NAME}" → ${desired.url}`);
  } else if (!sameWebhook(keep, desired)) {
    const updated = await store.updateWebhook(keep.id, { ...desired, isEnabled: true });
    runner.update(updated);
    strapi.log.info(`Updated the webhook "${REBUILD_WEBHOOK_NAME}" → ${desired.url}`);
  }
}
