import { describe, expect, it } from 'vitest';
import { failureReason } from '../builder';
import { failedEntryFrom } from '../failure';

/** What `astro build` printed when a subtype linked to a physician whose slug broke the contract (captured from a real build). */
const LINKED_FAILURE = `10:21:50 [content] Syncing content
10:21:50 [content] Clearing content store
subtypes: 2 of 4 entries do not match the content contract, so the site was not built.

1. subtype 'hr-positive-her2-negative' (documentId u6hgl4epf8xov9zp0oin6wyx) does not match the content contract (shared/src/schemas), so the site cannot show it. Fix the entry in the CMS, or update the contract if the CMS changed on purpose:
✖ must be a slug: lowercase letters and digits joined by single hyphens, e.g. maya-okafor
  → at physicians[0].slug

2. subtype 'her2-low' (documentId i3hvn2jzy964rgfojt0vmw8s) does not match the content contract (shared/src/schemas), so the site cannot show it. Fix the entry in the CMS, or update the contract if the CMS changed on purpose:
✖ must be a slug: lowercase letters and digits joined by single hyphens, e.g. maya-okafor
  → at physicians[0].slug
  Stack trace:
    at parseContentEntries (/work/main/site/src/lib/cms/loader.ts:66:34)`;

describe('the entry a failed build names', () => {
  it('reads the first failing entry and field from the reason the rebuild service keeps', () => {
    expect(failedEntryFrom(failureReason(LINKED_FAILURE))).toEqual({
      type: 'subtype',
      slug: 'hr-positive-her2-negative',
      documentId: 'u6hgl4epf8xov9zp0oin6wyx',
      field: 'physicians[0].slug',
      message: 'must be a slug: lowercase letters and digits joined by single hyphens, e.g. maya-okafor',
    });
  });

  it('reads two-word types, error-name prefixes and single types without a slug', () => {
    expect(
      failedEntryFrom("ContentContractError: clinical trial 'palbo-plus' (documentId abc) does not match the content contract (shared/src/schemas): x\n✖ must be NCT followed by 8 digits\n  → at nctId"),
    ).toMatchObject({ type: 'clinical trial', slug: 'palbo-plus', documentId: 'abc', field: 'nctId', message: 'must be NCT followed by 8 digits' });
    expect(failedEntryFrom('1. site settings (documentId s1) does not match the content contract (shared/src/schemas):\n✖ Invalid input: expected string\n  → at appointmentPhone')).toEqual({
      type: 'site settings',
      slug: null,
      documentId: 's1',
      field: 'appointmentPhone',
      message: 'Invalid input: expected string',
    });
  });

  it('keeps the message when the refused value is the whole entry (no path)', () => {
    expect(failedEntryFrom("1. physician 'x' (documentId d) does not match the content contract:\n✖ Invalid input: expected object\n✖ another")).toMatchObject({ field: null, message: 'Invalid input: expected object' });
  });

  it('names an entry whose slug another entry already has', () => {
    expect(failedEntryFrom("CmsContentError: Two physicians have the slug 'amara-okafor' (documentIds a1 and b2); each page needs its own URL. Change one slug in the CMS.")).toEqual({
      type: 'physician',
      slug: 'amara-okafor',
      documentId: 'a1',
      field: 'slug',
      message: 'is also the slug of another physician (documentId b2); each page needs its own',
    });
    expect(failedEntryFrom("Two specialties have the slug 'x' (documentIds a and b)")?.type).toBe('specialty');
  });

  it('names none when the build failed for another reason', () => {
    expect(failedEntryFrom('Could not read physicians from the CMS: GET http://127.0.0.1:1337/api/physicians fetch failed.')).toBeNull();
    expect(failedEntryFrom('The build was not deployed: 3 broken internal link(s): /doctors/nobody/ (on /index.html).')).toBeNull();
  });
});
