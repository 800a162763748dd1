import type { APIRoute } from 'astro';
import {
  getClinicalTrials,
  getConditionPage,
  getDiagnosticTests,
  getLocations,
  getPhysicians,
  getSiteSettings,
  getSpecialties,
  getSubtypes,
  getSupportServices,
  getTreatments,
} from '../lib/content';
import { buildLastmodMap } from '../lib/lastmod';

/**
 * Build-time data for the sitemap, not a page: path → last change of the content shown there.
 * astro.config.mjs reads this file for the sitemap's <lastmod> and then deletes it from the build.
 */
export const GET: APIRoute = async () => {
  const map = buildLastmodMap({
    conditionPage: await getConditionPage(),
    siteSettings: await getSiteSettings(),
    subtypes: await getSubtypes(),
    treatments: await getTreatments(),
    diagnosticTests: await getDiagnosticTests(),
    locations: await getLocations(),
    physicians: await getPhysicians(),
    specialties: await getSpecialties(),
    clinicalTrials: await getClinicalTrials(),
    supportServices: await getSupportServices(),
  });
  return new Response(JSON.stringify(map, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
