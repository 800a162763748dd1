import { describe, expect, test } from 'vitest';
import { dictionary } from '../src/i18n';
import { metaDescription, pageTitle, truncateText } from '../src/lib/seo';

const settings = {
  organizationName: 'Piedmont Valley Cancer Institute',
  defaultSeo: { id: 1, metaTitle: 'Default title', metaDescription: 'Default description.' },
};

describe('seo', () => {
  test('truncateText keeps short text, cuts long text at a word with an ellipsis', () => {
    expect(truncateText('  Short   text. ')).toBe('Short text.');
    const long = 'word '.repeat(60);
    const cut = truncateText(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });

  test('pageTitle: the entry metaTitle, else "name | center"', () => {
    expect(pageTitle('Chemotherapy', settings, null, dictionary('en'))).toBe('Chemotherapy | Piedmont Valley Cancer Institute');
    expect(pageTitle('Chemotherapy', settings, { id: 1, metaTitle: 'Chemo for MBC', metaDescription: null }, dictionary('en'))).toBe('Chemo for MBC');
  });

  test('metaDescription: entry, then the fallback text, then the site default', () => {
    expect(metaDescription(settings, { id: 1, metaTitle: null, metaDescription: 'Own.' }, 'Summary.')).toBe('Own.');
    expect(metaDescription(settings, null, 'Summary.')).toBe('Summary.');
    expect(metaDescription(settings, null, '  ')).toBe('Default description.');
  });
});
