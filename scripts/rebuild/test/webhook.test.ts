import { describe, expect, it } from 'vitest';
import { RecentKeys, decideOnWebhook, secretMatches } from '../webhook';

const publish = (documentId: string, publishedAt = '2026-11-27T10:00:00.000Z') => ({
  event: 'entry.publish',
  uid: 'api::physician.physician',
  model: 'physician',
  entry: { id: 1, documentId, slug: 'amara-okafor', publishedAt },
});

describe('the webhook secret', () => {
  it('matches only the exact secret', () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true);
    expect(secretMatches('s3cret ', 's3cret')).toBe(false);
    expect(secretMatches('', 's3cret')).toBe(false);
    expect(secretMatches(undefined, 's3cret')).toBe(false);
    expect(secretMatches('anything', '')).toBe(false);
  });
});

describe('deciding on a Strapi event', () => {
  it('rebuilds on publish, unpublish, delete and media changes', () => {
    const seen = new RecentKeys();
    for (const event of ['entry.publish', 'entry.unpublish', 'entry.delete']) {
      expect(decideOnWebhook({ ...publish('doc-1'), event }, seen)).toMatchObject({ action: 'rebuild', event });
    }
    expect(decideOnWebhook({ event: 'media.update', media: { id: 4, hash: 'x', updatedAt: 't' } }, seen)).toMatchObject({ action: 'rebuild' });
  });

  it('acknowledges and ignores draft saves', () => {
    for (const event of ['entry.create', 'entry.update']) {
      expect(decideOnWebhook({ ...publish('doc-1'), event }, new RecentKeys())).toEqual({
        action: 'ignore',
        event,
        reason: 'draft save: the live site does not change',
      });
    }
  });

  it('ignores empty entries, unknown shapes and duplicate deliveries', () => {
    const seen = new RecentKeys();
    expect(decideOnWebhook({ event: 'entry.publish', entry: {} }, seen)).toMatchObject({ action: 'ignore', reason: 'empty entry' });
    expect(decideOnWebhook({ event: 'entry.publish' }, seen)).toMatchObject({ action: 'ignore', reason: 'empty entry' });
    expect(decideOnWebhook('publish', seen)).toMatchObject({ action: 'ignore' });
    expect(decideOnWebhook({ entry: { id: 1 } }, seen)).toMatchObject({ action: 'ignore', reason: 'no event name' });
    const first = decideOnWebhook(publish('doc-2'), seen);
    expect(first.action).toBe('rebuild');
    if (first.action === 'rebuild') seen.add(first.key);
    expect(decideOnWebhook(publish('doc-2'), seen)).toMatchObject({ action: 'ignore', reason: 'duplicate delivery' });
    // Publishing the same entry again later is a new change.
    expect(decideOnWebhook(publish('doc-2', '2026-11-27T11:00:00.000Z'), seen).action).toBe('rebuild');
  });

  it('forgets the oldest keys beyond its capacity', () => {
    const keys = new RecentKeys(2);
    keys.add('a');
    keys.add('b');
    keys.add('c');
    expect([keys.has('a'), keys.has('b'), keys.has('c')]).toEqual([false, true, true]);
  });
});
