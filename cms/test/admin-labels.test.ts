/**
 * Every field has a label an editor reads as words, every enumeration's codes are explained, and
 * every repeatable component titles its collapsed rows. Iterates over the models Strapi loaded,
 * so a field or component added later is checked without changing this file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core, UID } from '@strapi/strapi';
import { startCms } from './strapi';

type Attribute = { type: string; visible?: boolean; enum?: string[]; description?: string; component?: string; repeatable?: boolean };
type Model = { uid: string; attributes: Record<string, Attribute> };

let strapi: Core.Strapi;
let models: { model: Model; kind: 'content-types' | 'components' }[];
beforeAll(async () => {
  ({ strapi } = await startCms());
  models = [
    ...Object.values(strapi.contentTypes)
      .filter((model) => model.uid.startsWith('api::'))
      .map((model) => ({ model: model as unknown as Model, kind: 'content-types' as const })),
    ...Object.values(strapi.components)
      .filter((model) => !model.uid.startsWith('plugin::'))
      .map((model) => ({ model: model as unknown as Model, kind: 'components' as const })),
  ];
});

const configurationOf = (kind: 'content-types' | 'components', model: Model) =>
  strapi.plugin('content-manager').service(kind).findConfiguration(model) as Promise<{
    settings: { mainField?: string };
    metadatas: Record<string, { edit: { label?: string } }>;
  }>;

/** Strapi's own attributes, which the Content Manager labels itself. */
const STRAPI_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** An enumeration value an editor reads as it is: one plain word (a day, a language, "positive"), not a code like targeted_other or iv. */
const readsAsAWord = (value: string) => /^[A-Za-z]{3,}$/.test(value);

describe('the edit view speaks the editor\'s words', () => {
  it('finds the site\'s content types and components', () => {
    expect(models.filter(({ kind }) => kind === 'content-types').length).toBeGreaterThanOrEqual(11);
    expect(models.filter(({ kind }) => kind === 'components').length).toBeGreaterThanOrEqual(9);
  });

  it('labels every field of every content type and component with words, not its attribute name', async () => {
    const unlabelled: string[] = [];
    for (const { model, kind } of models) {
      const { metadatas } = await configurationOf(kind, model);
      // Fields hidden from the admin (visible: false) are never shown, so have no label.
      const shown = Object.entries(model.attributes).filter(([name, attribute]) => !STRAPI_FIELDS.has(name) && attribute.visible !== false);
      for (const [attribute] of shown) {
        const label = metadatas[attribute]?.edit?.label;
        // A label is words: not the raw name, and no camelCase left in it.
        if (!label || label === attribute || /[a-z][A-Z]/.test(label)) unlabelled.push(`${model.uid}.${attribute} (${label ?? 'no label'})`);
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it('uses the words editors asked for', async () => {
    const physician = await configurationOf('content-types', strapi.contentType('api::physician.physician') as unknown as Model);
    expect(physician.metadatas.fullName.edit.label).toBe('Full name');
    expect(physician.metadatas.npi.edit.label).toBe('NPI number');
    const treatment = await configurationOf('content-types', strapi.contentType('api::treatment.treatment' as UID.ContentType) as unknown as Model);
    expect(treatment.metadatas.howGiven.edit.label).toBe('How it is given');
  });

  it('explains, in the field\'s help text, every enumeration value that is a code rather than a word', () => {
    const unexplained: string[] = [];
    for (const { model } of models) {
      for (const [name, attribute] of Object.entries(model.attributes)) {
        if (attribute.type !== 'enumeration') continue;
        for (const value of (attribute.enum ?? []).filter((value) => !readsAsAWord(value))) {
          // "targeted_other (other targeted therapy, …)": the code, then what it means.
          if (!new RegExp(`\\b${value} \\([^)]+\\)`).test(attribute.description ?? '')) unexplained.push(`${model.uid}.${name}: ${value}`);
        }
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('titles the collapsed rows of every repeatable component with one of its own fields', async () => {
    const repeatable = new Set(
      models.flatMap(({ model }) =>
        Object.values(model.attributes)
          .filter((attribute) => attribute.type === 'component' && attribute.repeatable)
          .map((attribute) => attribute.component!),
      ),
    );
    expect(repeatable.size).toBeGreaterThanOrEqual(5);
    const untitled: string[] = [];
    for (const uid of repeatable) {
      const component = strapi.components[uid as UID.Component] as unknown as Model;
      const { settings } = await configurationOf('components', component);
      if (!settings.mainField || settings.mainField === 'id' || !(settings.mainField in component.attributes)) untitled.push(`${uid} (${settings.mainField})`);
    }
    expect(untitled).toEqual([]);
    const titles = async (uid: string) => (await configurationOf('components', strapi.components[uid as UID.Component] as unknown as Model)).settings.mainField;
    expect(await titles('physician.language')).toBe('language');
    expect(await titles('physician.education')).toBe('institution');
  });
});
