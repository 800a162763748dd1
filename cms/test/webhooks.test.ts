import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { REBUILD_EVENTS, REBUILD_SECRET_HEADER, REBUILD_WEBHOOK_NAME, desiredRebuildWebhook, ensureRebuildWebhook } from '../src/bootstrap/webhooks';
import { startCms } from './strapi';

let strapi: Core.Strapi;
const rebuildWebhooks = async () =>
  ((await strapi.get('webhookStore').findWebhooks()) as { id: number; name: string; url: string; headers: Record<string, string>; events: string[] }[]).filter(
    (webhook) => webhook.name === REBUILD_WEBHOOK_NAME,
  );

beforeAll(async () => {
  ({ strapi } = await startCms());
});

afterAll(async () => {
  for (const webhook of await rebuildWebhooks()) {
    await strapi.get('webhookStore').deleteWebhook(webhook.id);
    strapi.get('webhookRunner').remove(webhook);
  }
});

describe('the rebuild webhook', () => {
  it('is registered once, with the secret header and the publishing events, however often the CMS starts', async () => {
    const env = { REBUILD_WEBHOOK_URL: 'http://127.0.0.1:9/hooks/strapi', REBUILD_WEBHOOK_SECRET: 's3cret' };
    await ensureRebuildWebhook(strapi, env);
    await ensureRebuildWebhook(strapi, env);
    const [webhook, ...others] = await rebuildWebhooks();
    expect(others).toEqual([]);
    expect(webhook.url).toBe(env.REBUILD_WEBHOOK_URL);
    expect(webhook.headers).toEqual({ [REBUILD_SECRET_HEADER]: 's3cret' });
    expect([...webhook.events].sort()).toEqual([...REBUILD_EVENTS].sort());
    expect(webhook.events).not.toContain('entry.update');
  });

  it('follows the environment when the URL or secret changes', async () => {
    await ensureRebuildWebhook(strapi, { REBUILD_WEBHOOK_URL: 'http://rebuild:4322/hooks/strapi', REBUILD_WEBHOOK_SECRET: 'rotated' });
    const [webhook, ...others] = await rebuildWebhooks();
    expect(others).toEqual([]);
    expect(webhook.url).toBe('http://rebuild:4322/hooks/strapi');
    expect(webhook.headers[REBUILD_SECRET_HEADER]).toBe('rotated');
  });

  it('refuses a URL without a secret', () => {
    expect(() => desiredRebuildWebhook({ REBUILD_WEBHOOK_URL: 'http://x/hooks/strapi' })).toThrow(/REBUILD_WEBHOOK_SECRET/);
    expect(desiredRebuildWebhook({})).toBeNull();
  });
});
