/**
 * What the site search says and puts in the address (src/components/SiteSearch/search-text.ts).
 */
import { describe, expect, it } from 'vitest';
import { addressFor, searchTermFrom } from '../src/components/SiteSearch/search-text';
import { dictionary } from '../src/i18n';

const resultCountText = dictionary('en').search.results;

describe('resultCountText', () => {
  it('gives the count and the words searched for, singular or plural', () => {
    expect(resultCountText(3, 'tamoxifen')).toBe("3 results for 'tamoxifen'");
    expect(resultCountText(1, ' tamoxifen ')).toBe("1 result for 'tamoxifen'");
    expect(resultCountText(1200, 'care')).toBe("1,200 results for 'care'");
  });

  it('says what to try when nothing matches', () => {
    expect(resultCountText(0, 'zzz')).toBe("No results for 'zzz'. Check the spelling, or try fewer or different words.");
  });
});

describe('the search in the address', () => {
  it('reads ?q= and writes it back, with no ?q= for an empty search', () => {
    expect(searchTermFrom('?q=bone+scan')).toBe('bone scan');
    expect(searchTermFrom('?q=%20')).toBe('');
    expect(searchTermFrom('')).toBe('');
    expect(addressFor('/search/', ' bone scan ')).toBe('/search/?q=bone+scan');
    expect(addressFor('/search/', '  ')).toBe('/search/');
    expect(searchTermFrom(addressFor('/search/', 'HER2 & ER').split('?')[1])).toBe('HER2 & ER');
  });
});
