import { describe, expect, test } from 'vitest';
import { entriesLinkedTo, groupInOrder, resolveLinks } from '../src/lib/relations';

describe('relations', () => {
  const physicians = [
    { documentId: 'a', fullName: 'A' },
    { documentId: 'b', fullName: 'B' },
  ];

  test('resolveLinks returns full entries in link order and skips unpublished ones', () => {
    expect(resolveLinks([{ documentId: 'b' }, { documentId: 'gone' }, { documentId: 'a' }], physicians).map((entry) => entry.fullName)).toEqual(['B', 'A']);
  });

  test('resolveLinks gives the same answers for a frozen list (indexed once per build) and sees a mutable list change', () => {
    const frozen = Object.freeze([...physicians]);
    const links = [{ documentId: 'b' }, { documentId: 'a' }];
    expect(resolveLinks(links, frozen)).toEqual(resolveLinks(links, physicians));
    expect(resolveLinks(links, frozen)).toEqual(resolveLinks(links, physicians));
    const mutable = [...physicians];
    expect(resolveLinks([{ documentId: 'b' }], mutable)).toHaveLength(1);
    mutable.splice(mutable.findIndex((entry) => entry.documentId === 'b'), 1);
    expect(resolveLinks([{ documentId: 'b' }], mutable)).toHaveLength(0);
  });

  test('entriesLinkedTo follows to-many and to-one relations', () => {
    const trials = [
      { slug: 'one', locations: [{ documentId: 'durham' }], principalInvestigator: { documentId: 'a' } },
      { slug: 'two', locations: [{ documentId: 'raleigh' }], principalInvestigator: null },
    ];
    expect(entriesLinkedTo(trials, 'locations', { documentId: 'durham' }).map((trial) => trial.slug)).toEqual(['one']);
    expect(entriesLinkedTo(trials, 'principalInvestigator', { documentId: 'a' }).map((trial) => trial.slug)).toEqual(['one']);
    expect(entriesLinkedTo(trials, 'principalInvestigator', { documentId: 'b' })).toEqual([]);
  });

  test('entriesLinkedTo on a frozen (shared) list: in list order, each entry once, a caller cannot change what the next page sees', () => {
    const trials = Object.freeze([
      { slug: 'one', locations: [{ documentId: 'durham' }, { documentId: 'durham' }] },
      { slug: 'two', locations: [{ documentId: 'raleigh' }] },
      { slug: 'three', locations: [{ documentId: 'raleigh' }, { documentId: 'durham' }] },
    ]);
    expect(entriesLinkedTo(trials, 'locations', { documentId: 'durham' }).map((trial) => trial.slug)).toEqual(['one', 'three']);
    entriesLinkedTo(trials, 'locations', { documentId: 'raleigh' }).pop();
    expect(entriesLinkedTo(trials, 'locations', { documentId: 'raleigh' }).map((trial) => trial.slug)).toEqual(['two', 'three']);
  });

  test('groupInOrder orders groups as given, unknown keys last, entries unchanged', () => {
    const groups = groupInOrder(['lab:x', 'imaging:y', 'other:z', 'imaging:w'], (entry) => entry.split(':')[0] as string, ['imaging', 'lab']);
    expect(groups).toEqual([
      { key: 'imaging', entries: ['imaging:y', 'imaging:w'] },
      { key: 'lab', entries: ['lab:x'] },
      { key: 'other', entries: ['other:z'] },
    ]);
  });
});
