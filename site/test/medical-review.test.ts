import { describe, expect, test } from 'vitest';
import { parseContentEntry, type ContentEntry } from '@mbc/shared';
import { sampleTreatment } from '../../shared/test/fixtures/rest-entries';
import { medicalPagePath, pageReview, unreviewedPages } from '../src/lib/medical-review';

const treatment = () => parseContentEntry('treatment', sampleTreatment());

describe('the review line', () => {
  test('takes the dates from medicalReview and the reviewer from reviewedBy', () => {
    expect(pageReview(treatment())).toEqual({
      lastReviewed: '2025-01-05',
      nextReviewDue: '2026-01-05',
      reviewer: { id: 12, documentId: 'k3v9q2m8x1c7z5b4n6p0r2t1', fullName: 'Maya R. Okafor', slug: 'maya-okafor', credentials: 'MD, PhD' },
    });
  });

  test('is never made without a reviewer', () => {
    expect(() => pageReview({ ...treatment(), reviewedBy: null })).toThrow(/names no reviewer: choose the reviewing physician in the CMS \(field reviewedBy\)/);
  });
});

describe('medical pages without a reviewer', () => {
  test('are named by type, slug, address and the field to fix', () => {
    const reviewed = treatment();
    const unreviewed = { ...treatment(), documentId: 'other', reviewedBy: null };
    expect(unreviewedPages('treatment', [reviewed, unreviewed])).toEqual([
      "treatment 'immunotherapy' (/treatments/immunotherapy/) has a medical review without a reviewer: choose the reviewing physician in the CMS (field reviewedBy) and publish it again, or publish the chosen physician's profile.",
    ]);
    expect(unreviewedPages('treatment', [reviewed])).toEqual([]);
  });

  test('the overview page and the sections of /diagnosis/ and /support/ are named by their address', () => {
    expect(medicalPagePath('diagnosticTest', { slug: 'ct-scan' } as ContentEntry<'diagnosticTest'>)).toBe('/diagnosis/#ct-scan');
    expect(medicalPagePath('supportService', { slug: 'support-group' } as ContentEntry<'supportService'>)).toBe('/support/#support-group');
    expect(medicalPagePath('clinicalTrial', { slug: 'new-adc' } as ContentEntry<'clinicalTrial'>)).toBe('/clinical-trials/new-adc/');
    expect(medicalPagePath('subtype', { slug: 'triple-negative' } as ContentEntry<'subtype'>)).toBe('/subtypes/triple-negative/');
    const overview = { reviewedBy: null } as ContentEntry<'conditionPage'>;
    expect(unreviewedPages('conditionPage', [overview])).toEqual([expect.stringMatching(/^overview page \(\/\) has a medical review without a reviewer: .*\(field reviewedBy\)/)]);
  });
});
