import type { Media } from '@mbc/shared';
import { describe, expect, it } from 'vitest';
import { buildFinderCards, parseFinderCards, type CardPhotoRow } from '../../src/lib/finder/card-data';

const photo = (name: string): Media =>
  ({ id: 1, documentId: name, url: `/uploads/${name}.jpg`, alternativeText: null, width: 480, height: 600, mime: 'image/jpeg', formats: null }) as unknown as Media;
const PHOTOS = { osei: photo('osei'), shared: photo('placeholder') };
const physicians = [
  { slug: 'katherine-osei', credentials: 'MD', title: 'Breast Surgical Oncologist', photo: PHOTOS.osei },
  { slug: 'wei-chen', credentials: ' MD, PhD ', title: 'Medical Oncologist', photo: PHOTOS.shared },
  { slug: 'maya-alvarez', credentials: 'MD', title: 'Medical Oncologist', photo: PHOTOS.shared },
  { slug: 'sam-lee', credentials: '', title: 'Nurse Practitioner', photo: null },
];
const specialties = [{ name: 'Medical oncology' }, { name: 'Surgical oncology' }];
const photoOf = async (media: Media): Promise<CardPhotoRow> => [`/_astro/${media.documentId}.jpg`, `/_astro/${media.documentId}.jpg 96w`, 96, 120, [`a ${media.documentId}`, `w ${media.documentId}`]];

describe('the finder cards file', () => {
  it('stores each title, credential and photo once, doctors pointing into the tables in index order', async () => {
    const calls: string[] = [];
    const file = await buildFinderCards({ physicians, specialties, photoOf: (media) => (calls.push(media.url), photoOf(media)) });
    expect(file.texts).toEqual(['MD', 'Breast Surgical Oncologist', 'MD, PhD', 'Medical Oncologist', '', 'Nurse Practitioner']);
    expect(file.specialtyNames).toEqual(['Medical oncology', 'Surgical oncology']);
    expect(calls).toEqual(['/uploads/osei.jpg', '/uploads/placeholder.jpg']);
    expect(file.photos).toHaveLength(2);
    expect(file.doctors).toEqual([
      ['katherine-osei', 0, 1, 0],
      ['wei-chen', 2, 3, 1],
      ['maya-alvarez', 0, 3, 1],
      ['sam-lee', 4, 5, -1],
    ]);
  });

  it('reads back what the build wrote, each doctor with its own values', async () => {
    const file = JSON.parse(JSON.stringify(await buildFinderCards({ physicians, specialties, photoOf })));
    const cards = parseFinderCards(file, { doctors: 4, specialties: 2 });
    expect(cards.doctors[1]).toEqual({
      slug: 'wei-chen',
      credentials: 'MD, PhD',
      title: 'Medical Oncologist',
      photo: ['/_astro/placeholder.jpg', '/_astro/placeholder.jpg 96w', 96, 120, ['a placeholder', 'w placeholder']],
    });
    expect(cards.doctors[3]!.photo).toBeNull();
    expect(cards.specialtyNames).toEqual(['Medical oncology', 'Surgical oncology']);
  });

  it('refuses a file that does not go with the index, or points outside its tables', async () => {
    const file = await buildFinderCards({ physicians, specialties, photoOf });
    expect(() => parseFinderCards(file, { doctors: 5, specialties: 2 })).toThrow(/4 doctors and 2 specialties, the index 5 and 2; rebuild the site/);
    expect(() => parseFinderCards({ ...file, version: 2 }, { doctors: 4, specialties: 2 })).toThrow(/version 2/);
    const broken = { ...file, doctors: [...file.doctors.slice(0, 3), ['sam-lee', 4, 5, 7]] };
    expect(() => parseFinderCards(broken, { doctors: 4, specialties: 2 })).toThrow(/Doctor 3 of the finder cards file/);
    expect(() => parseFinderCards(null, { doctors: 0, specialties: 0 })).toThrow(/not a JSON object/);
  });
});
