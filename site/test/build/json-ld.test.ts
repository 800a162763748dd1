/**
 * The schema.org JSON-LD on the built pages parses, and each page template carries the types and
 * properties search engines and the issue expect, with values from the CMS.
 */
import { describe, expect, it } from 'vitest';
import { byTag, rawTextOf, type HtmlElement } from '../../../scripts/rebuild/html';
import { DETAIL_ROUTES, cmsContent, conditionPage, digitsOf, loadAllPages, loadPage, metaContent } from './site';

type JsonObject = Record<string, unknown>;

function jsonLdBlocks(document: HtmlElement): unknown[] {
  return byTag(document, 'script')
    .filter((script) => script.attrs.type === 'application/ld+json')
    .map((script) => JSON.parse(rawTextOf(script)));
}

/** Every object with an @type anywhere in the page's JSON-LD (including inside @graph). */
function nodesOn(route: string): JsonObject[] {
  const nodes: JsonObject[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if ('@type' in value) nodes.push(value as JsonObject);
      Object.values(value).forEach(walk);
    }
  };
  jsonLdBlocks(loadPage(route).document).forEach(walk);
  return nodes;
}

const typesOf = (node: JsonObject): string[] => ([] as unknown[]).concat(node['@type']).map(String);

/** Follows {"@id": …} references to the node on the page that carries that @id. */
function resolver(nodes: JsonObject[]) {
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  return (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value) && '@id' in value && !('@type' in value)) {
      return byId.get((value as JsonObject)['@id'] as string) ?? value;
    }
    return value;
  };
}

function nodeOfType(route: string, type: string): { node: JsonObject; resolve: (value: unknown) => unknown; nodes: JsonObject[] } {
  const nodes = nodesOn(route);
  const node = nodes.find((candidate) => typesOf(candidate).includes(type));
  if (!node) throw new Error(`${route} has no ${type} in its JSON-LD (types found: ${[...new Set(nodes.flatMap(typesOf))].join(', ') || 'none'})`);
  return { node, resolve: resolver(nodes), nodes };
}

const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const dateOf = (value: unknown) => String(value ?? '').slice(0, 10);
const schemaValue = (value: unknown) => String(value ?? '').replace(/^https?:\/\/schema\.org\//, '');

/** MedicalWebPage with lastReviewed (the entry's medicalReview) and reviewedBy naming the entry's reviewer (its reviewedBy). */
function expectReviewedPage(route: string, entry: { medicalReview: { lastReviewed: string }; reviewedBy: { fullName: string } | null }) {
  const { node, resolve } = nodeOfType(route, 'MedicalWebPage');
  expect(dateOf(node.lastReviewed), `${route} MedicalWebPage.lastReviewed`).toBe(entry.medicalReview.lastReviewed.slice(0, 10));
  const reviewers = asArray(node.reviewedBy).map(resolve) as JsonObject[];
  expect(reviewers.length, `${route} MedicalWebPage.reviewedBy`).toBeGreaterThan(0);
  expect(entry.reviewedBy?.fullName, `${route}: the CMS sent its reviewer (reviewedBy)`).toBeTruthy();
  expect(reviewers.map((reviewer) => String(reviewer.name ?? '')).join(' | '), `${route} reviewedBy names the reviewer`).toContain(entry.reviewedBy!.fullName);
  return { node, resolve };
}

describe('JSON-LD', () => {
  it('every page\'s application/ld+json parses and uses schema.org (every page but 404 has some)', () => {
    const problems: string[] = [];
    for (const page of loadAllPages()) {
      const scripts = byTag(page.document, 'script').filter((script) => script.attrs.type === 'application/ld+json');
      // Not found, and pages kept out of search engines (the appointment thank-you page), need none.
      const indexable = page.route !== '/404.html' && !/noindex/i.test(metaContent(page.document, 'robots') ?? '');
      if (scripts.length === 0 && indexable) problems.push(`${page.route}: no JSON-LD`);
      for (const script of scripts) {
        try {
          const data = JSON.parse(rawTextOf(script)) as JsonObject | JsonObject[];
          for (const block of asArray(data) as JsonObject[]) {
            if (!/^https?:\/\/schema\.org\/?$/.test(String(block['@context'] ?? ''))) problems.push(`${page.route}: @context ${String(block['@context'])}`);
          }
        } catch (error) {
          problems.push(`${page.route}: ${(error as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the overview is a MedicalWebPage (lastReviewed, reviewedBy) about a MedicalCondition', () => {
    const { node, resolve } = expectReviewedPage('/', conditionPage());
    const about = asArray(node.about).map(resolve) as JsonObject[];
    expect(about.some((subject) => typesOf(subject).includes('MedicalCondition')), 'MedicalWebPage.about is the MedicalCondition').toBe(true);
    const { node: condition } = nodeOfType('/', 'MedicalCondition');
    expect(String(condition.name ?? '')).toMatch(/breast cancer/i);
  });

  it.each(['subtype', 'treatment', 'clinicalTrial'] as const)('every %s page is a MedicalWebPage with its review and a subject', (type) => {
    for (const entry of cmsContent()[type]) {
      const route = `${DETAIL_ROUTES[type]}${entry.slug}/`;
      const { node } = expectReviewedPage(route, entry);
      expect(asArray(node.about).length, `${route} MedicalWebPage.about`).toBeGreaterThan(0);
    }
  });

  it('every physician page has a Physician with usNPI (the CMS npi), isAcceptingNewPatients and medicalSpecialty', () => {
    for (const physician of cmsContent().physician) {
      const route = `/doctors/${physician.slug}/`;
      const { node } = nodeOfType(route, 'Physician');
      expect(String(node.usNPI), `${route} usNPI`).toBe(physician.npi);
      expect(node.isAcceptingNewPatients, `${route} isAcceptingNewPatients`).toBe(physician.acceptingNewPatients);
      expect(asArray(node.medicalSpecialty).length, `${route} medicalSpecialty`).toBeGreaterThan(0);
      expect(String(node.name ?? ''), `${route} name`).toContain(physician.fullName);
    }
  });

  it('every location page has a MedicalClinic with address, geo, telephone and openingHoursSpecification', () => {
    for (const location of cmsContent().location) {
      const route = `/locations/${location.slug}/`;
      const { node, resolve } = nodeOfType(route, 'MedicalClinic');
      const address = resolve(node.address) as JsonObject;
      expect(address, `${route} address`).toBeTruthy();
      expect(String(address.streetAddress ?? ''), `${route} streetAddress`).toContain(location.address.street);
      expect(address.addressLocality, `${route} addressLocality`).toBe(location.address.city);
      expect(address.addressRegion, `${route} addressRegion`).toBe(location.address.state);
      expect(String(address.postalCode), `${route} postalCode`).toBe(location.address.postalCode);

      const geo = resolve(node.geo) as JsonObject;
      expect(Number(geo?.latitude), `${route} geo.latitude`).toBeCloseTo(Number(location.latitude), 5);
      expect(Number(geo?.longitude), `${route} geo.longitude`).toBeCloseTo(Number(location.longitude), 5);

      expect(digitsOf(String(node.telephone ?? '')), `${route} telephone`).toBe(digitsOf(location.phone));

      const hours = asArray(node.openingHoursSpecification).map(resolve) as JsonObject[];
      const expected = location.hours.map((hour: { day: string; opens: string; closes: string }) => `${hour.day.toLowerCase()} ${hour.opens}-${hour.closes}`);
      const actual = hours.flatMap((hour) =>
        asArray(hour.dayOfWeek).map((day) => `${schemaValue(day).toLowerCase()} ${String(hour.opens).slice(0, 5)}-${String(hour.closes).slice(0, 5)}`),
      );
      expect(expected.length, `${route}: the seeded location has opening hours`).toBeGreaterThan(0);
      expect(actual.sort(), `${route} openingHoursSpecification`).toEqual(expected.sort());
    }
  });

  it('every trial page has a MedicalTrial with a schema.org status and a code carrying the NCT id', () => {
    const statuses = [
      'ActiveNotRecruiting',
      'Completed',
      'EnrollingByInvitation',
      'NotYetRecruiting',
      'Recruiting',
      'ResultsAvailable',
      'ResultsNotAvailable',
      'Suspended',
      'Terminated',
      'Withdrawn',
    ];
    for (const trial of cmsContent().clinicalTrial) {
      const route = `/clinical-trials/${trial.slug}/`;
      const { node, resolve } = nodeOfType(route, 'MedicalTrial');
      expect(statuses, `${route} status ${String(node.status)}`).toContain(schemaValue(node.status));
      // The CMS's statuses are ClinicalTrials.gov's, which schema.org's MedicalStudyStatus names one to one.
      expect(schemaValue(node.status).toLowerCase(), `${route} status matches the CMS`).toBe(trial.recruitmentStatus.replace(/_/g, ''));
      const codes = asArray(node.code).map(resolve);
      expect(JSON.stringify(codes), `${route} code`).toContain(trial.nctId);
    }
  });
});
