import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  CmsRecordsError,
  readCmsRecords,
  recordsFileOf,
  recordsInStoreOrder,
  writeCmsRecords,
  type CmsRecord,
} from '../src/lib/cms/records';

let recordsDir: string;
beforeEach(() => {
  recordsDir = join(mkdtempSync(join(tmpdir(), 'mbc-records-')), 'cms-records');
});
afterEach(() => rmSync(join(recordsDir, '..'), { recursive: true, force: true }));

const genetics: CmsRecord = { id: 'genetics', digest: 'd1', data: { slug: 'genetics', name: 'Genetics' } };
const surgery: CmsRecord = { id: 'surgery', digest: 'd2', data: { slug: 'surgery', name: 'Surgery' } };

describe('CMS records', () => {
  test('are read back as written, one file per content type, named after its collection', async () => {
    await writeCmsRecords(recordsDir, 'specialty', [genetics, surgery]);

    const records = readCmsRecords(recordsDir, 'specialty');

    expect(records.file).toBe(join(recordsDir, 'specialties.json'));
    expect(records.entries).toEqual([genetics, surgery]);
    expect(() => readCmsRecords(recordsDir, 'physician')).toThrow(CmsRecordsError);
  });

  test('a rewritten file is read again (the dev server syncs content while it runs)', async () => {
    await writeCmsRecords(recordsDir, 'specialty', [genetics]);
    expect(readCmsRecords(recordsDir, 'specialty').entries).toEqual([genetics]);

    await writeCmsRecords(recordsDir, 'specialty', [genetics, surgery]);
    expect(readCmsRecords(recordsDir, 'specialty').entries).toEqual([genetics, surgery]);
  });

  test('a missing file fails, saying where it should be and how to get it', () => {
    expect(() => readCmsRecords(recordsDir, 'specialty')).toThrow(
      `No CMS records for specialties at ${join(recordsDir, 'specialties.json')}. Build again (astro build), or restart astro dev`,
    );
  });

  test('a corrupt file, another file or another type\'s records fail, saying to build again', async () => {
    const file = recordsFileOf(recordsDir, 'specialty');
    await writeCmsRecords(recordsDir, 'specialty', [genetics]);

    writeFileSync(file, '{"format":"mbc-cms-records","entr');
    expect(() => readCmsRecords(recordsDir, 'specialty')).toThrow(new RegExp(`^${file} is not valid JSON .*Delete it\\. Build again`));
    writeFileSync(file, JSON.stringify({ data: [] }));
    expect(() => readCmsRecords(recordsDir, 'specialty')).toThrow(`${file} is not a CMS records file`);
    writeFileSync(file, JSON.stringify({ format: 'mbc-cms-records', version: 1, contentType: 'location', entries: [] }));
    expect(() => readCmsRecords(recordsDir, 'specialty')).toThrow('holds version 1 records of location; this site reads version 1 records of specialty');
  });
});

describe('recordsInStoreOrder', () => {
  test('gives the records of the entries in the content store, in the store\'s order', async () => {
    await writeCmsRecords(recordsDir, 'specialty', [genetics, surgery]);

    const records = recordsInStoreOrder('specialty', readCmsRecords(recordsDir, 'specialty'), [
      { id: 'surgery', digest: 'd2' },
      { id: 'genetics', digest: 'd1' },
    ]);

    expect(records).toEqual([surgery, genetics]);
  });

  test('records that another content sync wrote fail, naming the entry and the fix', async () => {
    await writeCmsRecords(recordsDir, 'specialty', [genetics, surgery]);
    const records = readCmsRecords(recordsDir, 'specialty');
    const inStore = (...stored: { id: string; digest: string }[]) => () => recordsInStoreOrder('specialty', records, stored);

    expect(inStore({ id: 'genetics', digest: 'changed' }, { id: 'surgery', digest: 'd2' })).toThrow(
      `${records.file} does not match Astro's content store for specialties: it holds another version of 'genetics'. ` +
        'Another build or astro dev using the same cache dir rewrote it after this content sync (give builds side by side their own SITE_CACHE_DIR',
    );
    expect(inStore({ id: 'oncology', digest: 'd3' })).toThrow("it has no record of 'oncology'");
    expect(inStore({ id: 'genetics', digest: 'd1' })).toThrow('it holds 2 entries where the content store holds 1');
  });
});
