import { describe, expect, test } from 'vitest';
import { changedEntries, NOT_FOUND_PAGE, pagesShowing, sitePages, stableJson, touchedPages } from '../src/lib/touched-pages';
import { FILLER_DOCTORS, siteContentOf, storedSite, type StoredEntry, type StoredSite } from './site-content-fixtures';

const LATER = '2026-05-01T00:00:00.000Z';

/** The touched pages after `change` edits a copy of the demo-like site. */
function afterChange(change: (site: StoredSite) => void, start: StoredSite = storedSite()) {
  const before = siteContentOf(start);
  const changed = structuredClone(start);
  change(changed);
  return touchedPages(before, siteContentOf(changed));
}

function entry(entries: StoredEntry[], documentId: string): StoredEntry {
  const found = entries.find((candidate) => candidate.documentId === documentId);
  if (!found) throw new Error(`no ${documentId} in the fixture`);
  return found;
}

/**
 * The pages in every locale: each page, and its Spanish one where it has one. The fixture has no
 * Spanish versions, so the medical entries' pages (a subtype's, a treatment's, a trial's) exist in
 * English only; the lists, doctors, clinics and request pages in both.
 */
function withSpanish(pages: string[]): string[] {
  const englishOnly = (path: string) => /^\/(subtypes|treatments|clinical-trials)\/[^/]+\/$/.test(path);
  const spanish = pages.filter((path) => !englishOnly(path)).map((path) => (path === NOT_FOUND_PAGE ? '/es/404/' : `/es${path}`));
  return [...pages, ...spanish].sort();
}

const without = (entries: StoredEntry[], ...documentIds: string[]) => entries.filter((candidate) => !documentIds.includes(candidate.documentId));

describe('pagesShowing', () => {
  const pages = pagesShowing(siteContentOf(storedSite()));

  test('lists every page the site builds, of every route family, and nothing else', () => {
    const doctors = [
      ...Array.from({ length: FILLER_DOCTORS }, (_, at) => `/doctors/pat-adams-${String(at + 1).padStart(2, '0')}/`),
      '/doctors/amara-okafor/',
      '/doctors/jin-lee/',
    ];
    expect([...pages.keys()].sort()).toEqual(
      withSpanish([
        '/',
        '/diagnosis/',
        '/subtypes/',
        '/subtypes/her2-positive/',
        '/subtypes/triple-negative/',
        '/treatments/',
        '/treatments/trastuzumab/',
        '/treatments/chemotherapy/',
        '/treatments/radiation/',
        '/doctors/',
        // 30 doctors, 24 a page: the directory's second page, and no /doctors/page/1/ (that is /doctors/).
        '/doctors/page/2/',
        ...doctors,
        '/locations/',
        '/locations/durham/',
        '/locations/raleigh/',
        '/locations/cary/',
        '/clinical-trials/',
        '/clinical-trials/her2-study/',
        '/clinical-trials/tn-study/',
        '/support/',
        '/second-opinion/',
        '/appointments/',
        '/appointments/thank-you/',
        '/search/',
        NOT_FOUND_PAGE,
      ]),
    );
  });

  test('every page shows the site settings (the layout\'s header and footer)', () => {
    for (const [path, shown] of pages) expect(shown.has('settings'), path).toBe(true);
  });

  test('a medical page shows its entry, its reviewer, the related entries it lists and the cards\' own relations', () => {
    expect([...pages.get('/subtypes/her2-positive/')!].sort()).toEqual(
      ['settings', 'sub-her2', 'doc-okafor', 'treat-trastuzumab', 'trial-her2', 'spec-medical', 'loc-durham'].sort(),
    );
    // Lee reviews the diagnostic tests and the support services.
    expect(pages.get('/diagnosis/')).toContain('doc-lee');
    expect(pages.get('/support/')).toContain('doc-lee');
  });

  test('pages list only the open trials: the closed one is on its own page and the trial list, not its subtype\'s page', () => {
    expect(pages.get('/subtypes/triple-negative/')).not.toContain('trial-tn');
    expect(pages.get('/locations/raleigh/')).not.toContain('trial-tn');
    expect(pages.get('/clinical-trials/')).toContain('trial-tn');
    // The overview counts the open trials (a section links to them).
    expect(pages.get('/')).toContain('trial-her2');
    expect(pages.get('/')).not.toContain('trial-tn');
  });

  test('each directory page shows its own doctors; the finder on /doctors/ shows them all', () => {
    expect(pages.get('/doctors/page/2/')).toContain('doc-okafor');
    expect(pages.get('/doctors/page/2/')).not.toContain('doc-filler-01');
    expect(pages.get('/doctors/')).toContain('doc-okafor');
    expect(pages.get('/doctors/')).toContain('sub-tn');
  });

  test('links to entries that are not published are left out', () => {
    const content = siteContentOf(storedSite());
    (content.subtypes[0] as unknown as { physicians: object[] }).physicians.push({ documentId: 'unpublished' });
    expect(pagesShowing(content).get('/subtypes/her2-positive/')).not.toContain('unpublished');
  });
});

describe('touchedPages', () => {
  test('no change touches nothing', () => {
    expect(afterChange(() => {})).toEqual({ everything: false, render: [], remove: [], finderAssets: false });
  });

  test('a doctor\'s bio edit touches their profile and the pages that show their card, not the pages that only name them', () => {
    const touched = afterChange((site) => {
      const okafor = entry(site.physicians, 'doc-okafor');
      okafor.bio = [{ type: 'paragraph', children: [{ type: 'text', text: 'A new bio.' }] }];
      okafor.updatedAt = LATER;
    });
    expect(touched.render).toEqual(withSpanish([
      // The finder, and the directory page she is on.
      '/doctors/',
      '/doctors/amara-okafor/',
      '/doctors/page/2/',
      // The clinics list counts her; her clinic's page, her subtype's and the second opinions page show her card.
      '/locations/',
      '/locations/durham/',
      '/second-opinion/',
      '/subtypes/her2-positive/',
    ]));
    // The pages she reviews and the trial she leads show her name, credentials and title, which did not change.
    expect(touched).toMatchObject({ everything: false, remove: [], finderAssets: true });
  });

  test('a doctor\'s new name touches the pages that name her as reviewer and the trial she leads too', () => {
    const touched = afterChange((site) => {
      entry(site.physicians, 'doc-okafor').fullName = 'Amara Okafor-Bello';
    });
    expect(touched.render).toEqual(
      expect.arrayContaining(['/', '/clinical-trials/her2-study/', '/treatments/trastuzumab/', '/subtypes/her2-positive/', '/doctors/amara-okafor/']),
    );
    for (const unrelated of ['/subtypes/triple-negative/', '/doctors/jin-lee/', '/diagnosis/', '/clinical-trials/tn-study/']) {
      expect(touched.render).not.toContain(unrelated);
    }
  });

  test('a location rename touches its page and every page that shows its name, though those entries keep their updatedAt', () => {
    const start = storedSite();
    const after = structuredClone(start);
    entry(after.locations, 'loc-durham').name = 'Durham Cancer Center';
    entry(after.locations, 'loc-durham').updatedAt = LATER;
    const touched = touchedPages(siteContentOf(start), siteContentOf(after));

    const showingDurham = [...pagesShowing(siteContentOf(after))].filter(([, shown]) => shown.has('loc-durham')).map(([path]) => path);
    expect(showingDurham).toEqual(expect.arrayContaining(['/locations/durham/', '/locations/', '/appointments/', '/doctors/amara-okafor/', '/support/']));
    expect(touched.render).toEqual(expect.arrayContaining(showingDurham));
    // Her card names the clinic; her own updatedAt did not change, her embedded location did.
    expect(touched.render).toContain('/doctors/page/2/');
    expect(touched.render).toContain('/clinical-trials/her2-study/');
    for (const unrelated of ['/locations/raleigh/', '/doctors/jin-lee/', '/subtypes/triple-negative/', '/diagnosis/', '/search/']) {
      expect(touched.render).not.toContain(unrelated);
    }
    expect(touched.finderAssets).toBe(true);
  });

  test('unpublishing a doctor removes their profile, touches their lists and shifts the directory pages after them', () => {
    const touched = afterChange((site) => {
      site.physicians = without(site.physicians, 'doc-filler-01');
    });
    expect(touched.remove).toEqual(withSpanish(['/doctors/pat-adams-01/']));
    // Page 2's first doctor moves up to /doctors/: page 2 shows other doctors now, though none of them changed.
    expect(touched.render).toEqual(withSpanish([
      // The clinic's doctors changed: every page that shows the whole location (its card, the request form's list) is drawn again.
      '/appointments/',
      '/doctors/',
      '/doctors/page/2/',
      '/locations/',
      '/locations/raleigh/',
      '/second-opinion/',
    ]));
    expect(touched.finderAssets).toBe(true);
  });

  test('a directory page no longer needed is removed', () => {
    const touched = afterChange((site) => {
      site.physicians = without(site.physicians, ...['01', '02', '03', '04', '05', '06'].map((number) => `doc-filler-${number}`));
    });
    expect(touched.remove).toContain('/doctors/page/2/');
    expect(touched.render).not.toContain('/doctors/page/2/');
  });

  test('every directory page says how many doctors there are: a doctor leaving the last page touches the earlier ones too', () => {
    const start = storedSite();
    for (let at = 1; at <= 20; at++) {
      const number = String(at).padStart(2, '0');
      start.physicians.push({ ...entry(start.physicians, 'doc-filler-01'), documentId: `doc-young-${number}`, slug: `sam-young-${number}`, fullName: `Sam Young${number}` });
    }
    // 50 doctors: page 2 ends with Young18, page 3 has Young19 and Young20.
    const touched = afterChange((site) => {
      site.physicians = without(site.physicians, 'doc-young-20');
    }, start);
    expect(touched.render).toContain('/doctors/page/3/');
    expect(touched.render).toContain('/doctors/page/2/');
  });

  test('deleting a trial removes its page and touches the pages that listed it', () => {
    const touched = afterChange((site) => {
      site.clinicalTrials = without(site.clinicalTrials, 'trial-her2');
    });
    expect(touched.remove).toEqual(['/clinical-trials/her2-study/']);
    expect(touched.render).toEqual(withSpanish([
      // The overview's count of open trials.
      '/',
      '/clinical-trials/',
      // The subtype's and the treatment's trials changed, so do the pages that show them whole (the finder, the lists).
      '/doctors/',
      // She no longer leads a trial.
      '/doctors/amara-okafor/',
      '/locations/durham/',
      '/subtypes/',
      '/subtypes/her2-positive/',
      '/treatments/',
      '/treatments/trastuzumab/',
    ]));
    // Not the pages that only name the subtype (the trial of another subtype, the profiles of other doctors).
    expect(touched.render).not.toContain('/clinical-trials/tn-study/');
    expect(touched.render).not.toContain('/doctors/jin-lee/');
    // The subtype is in the finder's data, and it changed (its trials): the files are written again, and come out the same.
    expect(touched.finderAssets).toBe(true);
  });

  test('linking a treatment to a subtype touches both pages and the treatment list, which names its subtypes', () => {
    const touched = afterChange((site) => {
      entry(site.treatments, 'treat-radiation').subtypes = ['sub-tn'];
    });
    expect(touched.render).toEqual(withSpanish(['/doctors/', '/subtypes/', '/subtypes/triple-negative/', '/treatments/', '/treatments/radiation/']));
    // The pages that name the subtype (its doctors' profiles, its trial) do not show its treatments.
    expect(touched.render).not.toContain('/doctors/jin-lee/');
    expect(touched.render).not.toContain('/clinical-trials/tn-study/');
    expect(touched.finderAssets).toBe(true);
  });

  test('a new entry\'s page is rendered, with the lists it joins', () => {
    const touched = afterChange((site) => {
      site.treatments.push({ ...entry(site.treatments, 'treat-radiation'), documentId: 'treat-surgery', slug: 'surgery', name: 'Surgery' });
    });
    expect(touched.render).toEqual(withSpanish(['/treatments/', '/treatments/surgery/']));
    expect(touched.remove).toEqual([]);
    // Treatments are not in the doctor finder.
    expect(touched.finderAssets).toBe(false);
  });

  test('a change of the site settings touches everything, and says why', () => {
    const before = siteContentOf(storedSite());
    const touched = afterChange((site) => {
      site.siteSettings.appointmentPhone = '(919) 555-0199';
    });
    expect(touched.everything).toBe(true);
    expect(touched.reason).toBe('the site settings changed, and every page shows it');
    expect(touched.render).toEqual([...pagesShowing(before).keys()].sort());
    expect(touched.finderAssets).toBe(false);
  });
});

describe('changedEntries', () => {
  test('compares the data, not the order of its fields', () => {
    const before = siteContentOf(storedSite());
    const after = siteContentOf(storedSite());
    const { documentId, ...rest } = after.specialties[0]!;
    (after as unknown as { specialties: object[] }).specialties[0] = { ...rest, documentId };
    expect(changedEntries(before, after)).toEqual(new Set());
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});

describe('pages in another locale', () => {
  const spanishHer2 = { documentId: 'sub-her2', locale: 'es', slug: 'her2-positivo', name: 'HER2 positivo', shortName: 'HER2+', summary: 'Resumen.', body: [], seo: null };

  /** The fixture with a Spanish version of the HER2+ subtype. */
  function withSpanishSubtype(): StoredSite {
    const site = storedSite();
    entry(site.subtypes, 'sub-her2').localizations = { es: { ...spanishHer2 } };
    return site;
  }

  test('a medical entry has its page in a locale only in that language, at its translated slug, keyed by its default page', () => {
    const pages = sitePages(siteContentOf(withSpanishSubtype()));
    const her2 = pages.filter((page) => page.key === '/subtypes/her2-positive/');
    expect(her2.map(({ path, locale }) => ({ path, locale }))).toEqual([
      { path: '/subtypes/her2-positive/', locale: 'en' },
      { path: '/es/subtypes/her2-positivo/', locale: 'es' },
    ]);
    expect(pages.filter((page) => page.key === '/subtypes/triple-negative/').map((page) => page.path)).toEqual(['/subtypes/triple-negative/']);
    // A doctor has a page in every locale, translated or not.
    expect(pages.filter((page) => page.key === '/doctors/jin-lee/').map((page) => page.path)).toEqual(['/doctors/jin-lee/', '/es/doctors/jin-lee/']);
    expect(pages.filter((page) => page.key === NOT_FOUND_PAGE).map((page) => page.path)).toEqual([NOT_FOUND_PAGE, '/es/404/']);
  });

  test('a Spanish edit touches the Spanish pages that show it and the page in English that links to it, not the English pages that only name it', () => {
    const touched = afterChange((site) => {
      (entry(site.subtypes, 'sub-her2').localizations as { es: { summary: string } }).es.summary = 'Un resumen nuevo.';
    }, withSpanishSubtype());
    // The page and its Spanish lists; the English pages that show the whole entry (the subtype page links to its Spanish version).
    expect(touched.render).toEqual(expect.arrayContaining(['/es/subtypes/her2-positivo/', '/es/subtypes/', '/subtypes/her2-positive/']));
    // Dr. Okafor's English profile names the subtype by its English name, which did not change.
    expect(touched.render).not.toContain('/doctors/amara-okafor/');
    expect(touched.render).not.toContain('/treatments/trastuzumab/');
    expect(touched.remove).toEqual([]);
    expect(touched.everything).toBe(false);
  });

  test('unpublishing the Spanish version removes only the Spanish page', () => {
    const start = withSpanishSubtype();
    const touched = afterChange((site) => {
      delete entry(site.subtypes, 'sub-her2').localizations;
    }, start);
    expect(touched.remove).toEqual(['/es/subtypes/her2-positivo/']);
    expect(touched.render).toContain('/subtypes/her2-positive/');
    expect(touched.render).toContain('/es/subtypes/');
  });

  test('a translated slug moves the Spanish page and leaves the English one where it was', () => {
    const touched = afterChange((site) => {
      (entry(site.subtypes, 'sub-her2').localizations as { es: { slug: string } }).es.slug = 'her2-positivo-metastasico';
    }, withSpanishSubtype());
    expect(touched.remove).toEqual(['/es/subtypes/her2-positivo/']);
    expect(touched.render).toContain('/es/subtypes/her2-positivo-metastasico/');
  });
});
