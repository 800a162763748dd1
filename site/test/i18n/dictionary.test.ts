/**
 * The site's dictionaries (src/i18n/): every locale has every text, the texts with values in them
 * read right with sample values, Spanish dates and plurals, and Spanish is not English left in place.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@mbc/shared';
import { describe, expect, it } from 'vitest';
import { dictionary, pageLocale, type Dictionary } from '../../src/i18n';
import { localeOfLanguageTag } from '../../src/i18n/client';

/** Sample values for a text's parameters, by the parameter's name in the English dictionary's source. */
function sampleArguments(text: (...values: never[]) => unknown): unknown[] {
  const source = text.toString();
  const list = /^\s*(?:function[^(]*)?\(([^)]*)\)|^\s*([\w$]+)\s*=>/.exec(source);
  const names = (list?.[1] ?? list?.[2] ?? '')
    .split(',')
    .map((name) => name.replace(/[:=].*$/s, '').trim())
    .filter(Boolean);
  return names.map((name) => {
    if (/^(accepting|open|one|offers|yes)$/.test(name)) return true;
    if (name === 'sorts') return 'doctors';
    if (name === 'isoDate') return '2026-11-17';
    if (name === 'time') return '07:30';
    if (name === 'items') return ['English', 'Spanish'];
    if (name === 'locations' && /Sees patients|Atiende/.test(source)) return 'Durham Cancer Center';
    if (/^(first|last|total|shown|doctors|count|value|page|pageCount|results|left|max|next|miles|radiusMiles|nearCount|openTrials|languages|locations|pageSize)$/.test(name)) return 3;
    return 'Sample';
  });
}

/** Every text of a dictionary, by its path ('pages.home.trialsLink'), functions called with sample values. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const result = (value as (...values: unknown[]) => unknown)(...sampleArguments(value as never));
    return texts(result, `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((item, at) => texts(item, `${path}[${at}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  return [];
}

/** The shape of a dictionary: every key path and whether it is text or a function. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([key, item]) => shape(item, path ? `${path}.${key}` : key));
  return [path];
}

/** Texts that are rightly the same in Spanish: names, abbreviations and numbers. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'pageTitle()', // 'Sample | Sample'
  'finder.option()', // 'Sample (3)'
  'finder.checkCount()', // '(3)'
  'finder.distanceTo()', // 'Sample · Sample'
  'formatCount()',
  'pages.trial.leaderAfter()', // ', Sample.'
  'pages.subtypes.her2', // 'HER2'
  'form.errorPrefix', // 'Error: '
]);

describe.each(LOCALE_CODES)('the %s dictionary', (locale) => {
  const text = dictionary(locale);

  it('has every text of the English dictionary, each a non-empty string', () => {
    expect(shape(text)).toEqual(shape(dictionary(DEFAULT_LOCALE)));
    expect(texts(text).length, 'the walk reaches every text').toBeGreaterThan(300);
    for (const [path, value] of texts(text)) expect(value.trim(), `${locale}: ${path}`).not.toBe('');
  });

  it("names its language in <html lang>, whose language subtag the islands read back as the locale", () => {
    expect(localeOfLanguageTag(text.htmlLang)).toBe(locale);
  });
});

describe('Spanish', () => {
  const es = dictionary('es');
  const en = dictionary('en');

  it('differs from English in every text but a few names and numbers', () => {
    const english = new Map(texts(en));
    const same = texts(es)
      .filter(([path, value]) => english.get(path) === value)
      .map(([path]) => path)
      .filter((path) => !SAME_IN_EVERY_LANGUAGE.has(path));
    expect(same).toEqual([]);
  });

  it('writes dates the Spanish way', () => {
    expect(es.formatDate('2026-11-17')).toBe('17 de noviembre de 2026');
    expect(en.formatDate('2026-11-17')).toBe('November 17, 2026');
  });

  it('counts in the singular and the plural', () => {
    expect(es.finder.showing(1, 1)).toBe('Se muestran 1 de 1 médico');
    expect(es.finder.showing(12, 1200)).toBe('Se muestran 12 de 1,200 médicos');
    expect(en.finder.showing(1, 1)).toBe('Showing 1 of 1 doctor');
    expect(en.finder.showing(2, 2)).toBe('Showing 2 of 2 doctors');
    expect(es.search.results(1, 'tamoxifeno')).toBe('1 resultado para “tamoxifeno”');
    expect(es.search.results(3, 'tamoxifeno')).toBe('3 resultados para “tamoxifeno”');
    expect(es.form.charactersLeft(1)).toBe('Le quedan 1 carácter');
    expect(es.form.charactersLeft(-3)).toBe('Tiene 3 caracteres de más');
    expect(es.physicianCard.locations(1)).toBe('Centro');
    expect(es.physicianCard.locations(2)).toBe('Centros');
    expect(es.pages.home.trialsLink(1)).toBe('Vea el ensayo clínico abierto a pacientes nuevos ahora');
    expect(es.pages.home.trialsLink(4)).toBe('Vea los 4 ensayos clínicos abiertos a pacientes nuevos ahora');
  });

  it('reads times and opening days in Spanish', () => {
    expect(es.formatTime('12:00')).toBe('mediodía');
    expect(es.formatTime('17:30')).toBe('5:30 p. m.');
    expect(es.hours.dayRange(es.hours.weekdays.Monday, es.hours.weekdays.Friday)).toBe('De lunes a viernes');
  });

  it('writes the review line as a physician review', () => {
    expect(`${es.review.reviewedOn} ${es.formatDate('2026-11-17')}`).toBe('Revisado por un médico el 17 de noviembre de 2026');
  });
});

describe('pageLocale', () => {
  it('is the default locale until a route names another', () => {
    expect(pageLocale({ params: {} })).toBe(DEFAULT_LOCALE);
    expect(pageLocale({ params: { locale: 'fr' } })).toBe(DEFAULT_LOCALE);
    for (const locale of LOCALE_CODES) expect(pageLocale({ params: { locale } })).toBe<LocaleCode>(locale);
  });

  it('gives every locale its own dictionary', () => {
    const seen = new Set<Dictionary>(LOCALE_CODES.map((locale) => dictionary(locale)));
    expect(seen.size).toBe(LOCALE_CODES.length);
  });
});
