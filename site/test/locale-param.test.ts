import { describe, expect, it } from 'vitest';
import { isRoutedLocale, localeOfParams } from '../src/lib/locale-param';

describe('the locale route parameter', () => {
  it("gives the page's locale: the default one where the route has none", () => {
    expect(localeOfParams({})).toBe('en');
    expect(localeOfParams({ locale: 'es', slug: 'cirugia' })).toBe('es');
  });

  it('names a locale the site routes only when it is another locale than the default (the draft preview refuses the rest)', () => {
    expect(isRoutedLocale({ slug: 'surgery' })).toBe(true);
    expect(isRoutedLocale({ locale: 'es' })).toBe(true);
    expect(isRoutedLocale({ locale: 'en' })).toBe(false);
    expect(isRoutedLocale({ locale: 'fr' })).toBe(false);
    expect(isRoutedLocale({ locale: 'ES' })).toBe(false);
  });
});
