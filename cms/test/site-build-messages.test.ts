import { describe, expect, it } from 'vitest';
import type { EntryToFix, SiteBuildStatus } from '../src/api/site-build/status';
import { describeEntryToFix, entryNotice, formatBuildTime, pollInterval, widgetLines } from '../src/admin/site-build/messages';

const format = { now: new Date('2026-12-01T15:00:00Z'), locale: 'en-US', timeZone: 'UTC' };
const physicianToFix: EntryToFix = {
  uid: 'api::physician.physician',
  type: 'physician',
  documentId: 'p1',
  slug: 'rowan-lindqvist',
  name: 'Rowan Lindqvist',
  field: 'slug',
  message: 'must be a slug',
  linkedFrom: { type: 'subtype', slug: 'her2-low', field: 'physicians[0].slug' },
};
const live = (fields: Partial<Extract<SiteBuildStatus, { state: 'known' }>> = {}): SiteBuildStatus => ({
  state: 'known',
  live: { startedAt: '2026-12-01T10:41:30Z', builtAt: '2026-12-01T10:42:00Z' },
  building: false,
  failure: null,
  ...fields,
});
const failedAfter = (startedAt: string, entry: EntryToFix | null = physicianToFix) => ({ startedAt, finishedAt: startedAt, reason: 'subtypes: 1 of 4 entries…\nmore', entry });
const subtype = (publishedAt: string | null) => ({ uid: 'api::subtype.subtype', documentId: 's1', publishedAt });

describe('build times', () => {
  it('reads as a time today and with the date on another day, in the editor\'s locale', () => {
    expect(formatBuildTime('2026-12-01T10:42:00Z', format)).toBe('10:42 AM');
    expect(formatBuildTime('2026-11-30T10:42:00Z', format)).toBe('Nov 30, 10:42 AM');
    expect(formatBuildTime('2026-12-01T10:42:00Z', { ...format, locale: 'de-DE' })).toBe('10:42');
  });
});

describe('the home-page widget', () => {
  it('says since when the site is live, that a build is on its way, and which entry broke the last one', () => {
    expect(widgetLines(live(), format)).toEqual(['Live since 10:42 AM']);
    expect(widgetLines(live({ building: true, failure: failedAfter('2026-12-01T11:00:00Z') }), format)).toEqual([
      'Live since 10:42 AM',
      'Building…',
      "The last build failed: physician 'rowan-lindqvist' (Rowan Lindqvist), field slug: must be a slug",
    ]);
    expect(widgetLines(live({ failure: failedAfter('2026-12-01T11:00:00Z', null) }), format)).toEqual(['Live since 10:42 AM', 'The last build failed: subtypes: 1 of 4 entries…']);
  });
  it('says when it does not know', () => {
    expect(widgetLines({ state: 'unknown', reason: 'the rebuild service is not reachable' }, format)).toEqual(['Status unknown: the rebuild service is not reachable.']);
    expect(widgetLines(live({ live: null, building: true }), format)).toEqual(['Not built yet', 'Building…']);
  });
});

describe('an entry\'s notice', () => {
  it('is live once a build that started after the publish is live', () => {
    expect(entryNotice(live(), subtype('2026-12-01T10:40:00Z'), format)).toEqual({ tone: 'success', text: 'Live on the site since 10:42 AM' });
  });
  it('waits while the live build started before the publish', () => {
    expect(entryNotice(live({ building: true }), subtype('2026-12-01T10:41:45Z'), format)).toEqual({ tone: 'waiting', text: 'Waiting for the site build…' });
  });
  it('names the entry to fix when the build after the publish failed, with a link when it is another entry', () => {
    expect(entryNotice(live({ failure: failedAfter('2026-12-01T11:00:00Z') }), subtype('2026-12-01T10:59:00Z'), format)).toEqual({
      tone: 'danger',
      text: "The site build failed: physician 'rowan-lindqvist' (Rowan Lindqvist), field slug: must be a slug",
      fix: { uid: 'api::physician.physician', documentId: 'p1', label: "Open physician 'rowan-lindqvist'" },
    });
    const onThePhysician = entryNotice(live({ failure: failedAfter('2026-12-01T11:00:00Z') }), { uid: 'api::physician.physician', documentId: 'p1', publishedAt: '2026-12-01T10:59:00Z' }, format);
    expect(onThePhysician).toEqual({ tone: 'danger', text: "The site build failed: physician 'rowan-lindqvist' (Rowan Lindqvist), field slug: must be a slug (this entry)" });
  });
  it('stays live when a later build failed over another change', () => {
    expect(entryNotice(live({ failure: failedAfter('2026-12-01T11:00:00Z') }), subtype('2026-12-01T10:00:00Z'), format).tone).toBe('success');
  });
  it('says a draft is not on the site, and when the status is unknown', () => {
    expect(entryNotice(live(), subtype(null), format).text).toBe('Not on the site: drafts stay private until you publish.');
    expect(entryNotice({ state: 'unknown', reason: 'the rebuild service is not reachable' }, subtype('2026-12-01T10:00:00Z'), format)).toEqual({
      tone: 'neutral',
      text: 'The site build status is unknown: the rebuild service is not reachable.',
    });
  });
  it('is asked for again every two seconds while a change is on its way, else every fifteen', () => {
    expect(pollInterval(live({ building: true }))).toBe(2_000);
    expect(pollInterval(live(), { tone: 'waiting', text: '' })).toBe(2_000);
    expect(pollInterval(live(), { tone: 'success', text: '' })).toBe(15_000);
  });
});

describe('the entry to fix', () => {
  it('leaves out what the failure does not say', () => {
    expect(describeEntryToFix({ ...physicianToFix, name: null, field: null, message: null })).toBe("physician 'rowan-lindqvist'");
    expect(describeEntryToFix({ ...physicianToFix, slug: null, type: 'site settings', name: null, field: 'appointmentPhone' })).toBe('site settings, field appointmentPhone: must be a slug');
  });
});
