import { describe, expect, it } from 'vitest';
import { isCurrentCopy, linkedDocumentIds } from '../../preview/content-store';

// What decides which entries a save rereads (site/preview/content-store.ts).

const physician = {
  id: 41,
  documentId: 'phys-1',
  fullName: 'Maya R. Okafor',
  slug: 'maya-okafor',
  credentials: 'MD',
  title: 'Medical Oncologist',
  bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'First words.' }] }],
  locations: [{ id: 7, documentId: 'loc-1', name: 'Cary', address: { id: 3, city: 'Cary' } }],
};
/** A subtype's copy of the physician: the fields its page shows (physicianLink). */
const copy = { id: 41, documentId: 'phys-1', fullName: 'Maya R. Okafor', slug: 'maya-okafor', credentials: 'MD', title: 'Medical Oncologist' };

describe('the preview content store', () => {
  it('keeps a copy that shows what the document holds, whatever else changed', () => {
    const newBio = { ...physician, bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'Saved again.' }] }] };
    expect(isCurrentCopy(copy, physician)).toBe(true);
    expect(isCurrentCopy(copy, newBio)).toBe(true);
    // Strapi may renumber rows and components on save; no page shows their ids.
    expect(isCurrentCopy({ ...copy, id: 99 }, physician)).toBe(true);
    expect(isCurrentCopy({ documentId: 'loc-1', name: 'Cary', address: { id: 8, city: 'Cary' } }, physician.locations[0])).toBe(true);
  });

  it('finds a copy out of date when a field it shows changed, or is gone', () => {
    expect(isCurrentCopy(copy, { ...physician, fullName: 'Maya Okafor-Reyes' })).toBe(false);
    expect(isCurrentCopy(copy, { ...physician, title: undefined })).toBe(false);
    expect(isCurrentCopy({ documentId: 'loc-1', name: 'Cary', address: { city: 'Cary' } }, { ...physician.locations[0], address: { id: 3, city: 'Apex' } })).toBe(false);
    expect(isCurrentCopy({ documentId: 'x', tags: ['a', 'b'] }, { documentId: 'x', tags: ['a'] })).toBe(false);
    expect(isCurrentCopy({ documentId: 'x', tags: ['a'] }, { documentId: 'x', tags: null })).toBe(false);
  });

  it('lists the documents an entry shows, not the entry itself', () => {
    expect(linkedDocumentIds(physician)).toEqual(['loc-1']);
  });
});
