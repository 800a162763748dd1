import { describe, expect, test } from 'vitest';
import { findContractDrift, SITE_CONTRACT, type CmsModel, type SiteContract } from '../src/contract-drift';
import { CONTENT_TYPES, type ContentTypeName, type Populate } from '../src/populate';
import { COMPONENT_SCHEMAS } from '../src/schemas/components';
import { reviewerLinkSchema } from '../src/schemas/references';
import { loadCmsModel } from './cms-model';

const cms = loadCmsModel();

/** A private copy of the CMS model for a test to alter. */
function cmsCopy(): CmsModel {
  return structuredClone(cms);
}

function contractWithPopulate(name: ContentTypeName, populate: Populate): SiteContract {
  return {
    ...SITE_CONTRACT,
    contentTypes: { ...SITE_CONTRACT.contentTypes, [name]: { ...CONTENT_TYPES[name], populate } },
  };
}

function expectReported(problems: string[], ...fragments: string[]): void {
  const match = problems.find((problem) => fragments.every((fragment) => problem.includes(fragment)));
  expect(match, `expected a problem mentioning ${fragments.map((f) => `"${f}"`).join(' and ')}; got:\n${problems.join('\n')}`).toBeDefined();
}

describe('content contract vs cms/src schema.json files', () => {
  test('finds every content type and component the contract names', () => {
    for (const { uid } of Object.values(CONTENT_TYPES)) expect(Object.keys(cms.contentTypes)).toContain(uid);
    for (const uid of Object.keys(COMPONENT_SCHEMAS)) expect(Object.keys(cms.components)).toContain(uid);
  });

  test('has no drift', () => {
    const problems = findContractDrift(cms);
    expect(problems, `The content contract (shared/) and the CMS (cms/src) disagree:\n${problems.join('\n')}`).toEqual([]);
  });
});

describe('the drift check reports', () => {
  test('(a) a CMS attribute the contract neither reads nor lists as not read', () => {
    const altered = cmsCopy();
    altered.contentTypes['api::physician.physician']!.attributes.pronouns = { type: 'string' };
    expectReported(findContractDrift(altered), 'physician.pronouns', 'physicianSchema', 'NOT_READ_BY_SITE.physician');
  });

  test('(a) an attribute added to a component', () => {
    const altered = cmsCopy();
    altered.components['shared.address']!.attributes.county = { type: 'string' };
    expectReported(findContractDrift(altered), 'component shared.address.county', "COMPONENT_SCHEMAS['shared.address']");
  });

  test('(a) a NOT_READ_BY_SITE entry the CMS no longer has', () => {
    const altered = cmsCopy();
    delete altered.contentTypes['api::location.location']!.attributes.clinicalTrials;
    expectReported(findContractDrift(altered), 'location.clinicalTrials', 'listed in NOT_READ_BY_SITE.location', 'no such attribute');
  });

  test('(b) a key the Zod schema has but schema.json lacks', () => {
    const altered = cmsCopy();
    delete altered.contentTypes['api::location.location']!.attributes.fax;
    expectReported(findContractDrift(altered), 'location.fax', 'locationSchema', 'no such attribute');
  });

  test('(b) a selected field renamed in the target type', () => {
    const altered = cmsCopy();
    const attributes = altered.contentTypes['api::physician.physician']!.attributes;
    attributes.name = attributes.fullName!;
    delete attributes.fullName;
    const problems = findContractDrift(altered);
    expectReported(problems, 'physician.fullName', 'no such attribute');
    expectReported(problems, 'subtype.reviewedBy.fullName', 'no such attribute');
    expectReported(problems, 'location.physicians.fullName', 'no such attribute');
  });

  test('(c) an enumeration value removed in the CMS', () => {
    const altered = cmsCopy();
    const category = altered.contentTypes['api::treatment.treatment']!.attributes.category!;
    category.enum = category.enum!.filter((value) => value !== 'supportive');
    expectReported(findContractDrift(altered), 'treatment.category', 'Not in the CMS: supportive');
  });

  test('(c) an enumeration value added to a component', () => {
    const altered = cmsCopy();
    const language = altered.components['physician.language']!.attributes.language!;
    language.enum = [...language.enum!, 'Polish'];
    expectReported(findContractDrift(altered), 'component physician.language.language', 'Missing in Zod: Polish');
  });

  test('(d) a required attribute that the Zod schema lets be null', () => {
    const altered = cmsCopy();
    altered.contentTypes['api::physician.physician']!.attributes.gender!.required = true;
    expectReported(findContractDrift(altered), 'physician.gender', 'required in the CMS', 'null');
  });

  test('(d) an attribute made optional that the Zod schema still requires', () => {
    const altered = cmsCopy();
    altered.contentTypes['api::location.location']!.attributes.phone!.required = false;
    expectReported(findContractDrift(altered), 'location.phone', 'optional in the CMS', 'rejects null');
  });

  test('(d) a relation that became to-many', () => {
    const altered = cmsCopy();
    altered.contentTypes['api::physician.physician']!.attributes.specialty!.relation = 'manyToMany';
    expectReported(findContractDrift(altered), 'physician.specialty', 'returns a list', 'expects one item');
  });

  test('(e) a media field the Zod schema reads but the preset does not populate', () => {
    const { photo: _photo, ...populate } = CONTENT_TYPES.physician.populate;
    expectReported(findContractDrift(cms, contractWithPopulate('physician', populate)), 'physician.photo', 'does not populate it');
  });

  test('(e) a populated relation the Zod schema does not read', () => {
    const populate = { ...CONTENT_TYPES.location.populate, clinicalTrials: { fields: ['title'] } };
    expectReported(findContractDrift(cms, contractWithPopulate('location', populate)), 'location.clinicalTrials', 'does not read it');
  });

  test('(e) the reviewer left unpopulated, so every page would lose its "by NAME"', () => {
    const { reviewedBy: _reviewedBy, ...populate } = CONTENT_TYPES.treatment.populate;
    expectReported(findContractDrift(cms, contractWithPopulate('treatment', populate)), 'treatment.reviewedBy', 'does not populate it');
  });

  test("(e) a component's relation left unpopulated", () => {
    // A contract that reads the review component's reviewer again, as before it moved to reviewedBy.
    const altered = cmsCopy();
    delete altered.components['shared.medical-review']!.attributes.reviewer!.private;
    const review = COMPONENT_SCHEMAS['shared.medical-review'].extend({ reviewer: reviewerLinkSchema.nullable() });
    const contract: SiteContract = {
      ...SITE_CONTRACT,
      components: { ...COMPONENT_SCHEMAS, 'shared.medical-review': review },
      contentTypes: {
        ...CONTENT_TYPES,
        subtype: { ...CONTENT_TYPES.subtype, schema: CONTENT_TYPES.subtype.schema.extend({ medicalReview: review }) },
      },
    };
    expectReported(findContractDrift(altered, contract), 'subtype.medicalReview.reviewer', 'does not populate it');
  });

  test('(a) a private attribute is not expected in the contract, and reading one is reported', () => {
    // The review component's old reviewer is private: the API never returns it.
    expect(findContractDrift(cms).join('\n')).not.toContain('medical-review.reviewer');
    const review = COMPONENT_SCHEMAS['shared.medical-review'].extend({ reviewer: reviewerLinkSchema.nullable() });
    const contract: SiteContract = { ...SITE_CONTRACT, components: { ...COMPONENT_SCHEMAS, 'shared.medical-review': review } };
    expectReported(findContractDrift(cms, contract), 'component shared.medical-review.reviewer', 'private', 'never returns it');
  });

  test('(e) a selected field the Zod schema of the relation does not describe', () => {
    const populate = { ...CONTENT_TYPES.physician.populate, specialty: { fields: ['name', 'slug', 'description'] } };
    expectReported(findContractDrift(cms, contractWithPopulate('physician', populate)), 'physician.specialty.description', 'selects it');
  });
});

describe('the drift check holds the i18n flags to LOCALIZED_FIELDS', () => {
  test('(f) a translated field marked shared in schema.json', () => {
    const altered = cmsCopy();
    altered.contentTypes['api::treatment.treatment']!.attributes.summary!.pluginOptions = { i18n: { localized: false } };
    expectReported(findContractDrift(altered), 'treatment.summary', 'api::treatment.treatment', 'localized: false', 'LOCALIZED_FIELDS.treatment');
  });

  test('(f) a shared field marked translated in schema.json', () => {
    const altered = cmsCopy();
    altered.contentTypes['api::physician.physician']!.attributes.npi!.pluginOptions = { i18n: { localized: true } };
    expectReported(findContractDrift(altered), 'physician.npi', 'api::physician.physician', 'localized: true', 'does not list it');
  });

  test('(f) an attribute that does not say whether it is translated', () => {
    const altered = cmsCopy();
    delete altered.contentTypes['api::location.location']!.attributes.phone!.pluginOptions;
    expectReported(findContractDrift(altered), 'location.phone', 'does not say whether it is translated', '"localized": false');
  });

  test('(f) a content type that is not localized', () => {
    const altered = cmsCopy();
    delete altered.contentTypes['api::site-setting.site-setting']!.pluginOptions;
    expectReported(findContractDrift(altered), 'siteSettings', 'api::site-setting.site-setting', 'not localized');
  });

  test('(f) a translated field the CMS does not have', () => {
    const contract: SiteContract = { ...SITE_CONTRACT, localizedFields: { ...SITE_CONTRACT.localizedFields, specialty: ['name', 'description', 'motto'] } };
    expectReported(findContractDrift(cms, contract), 'specialty.motto', 'LOCALIZED_FIELDS.specialty', 'no such attribute');
  });
});
