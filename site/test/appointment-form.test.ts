/**
 * The appointment form's own checks (src/components/AppointmentForm/form-fields.ts) agree with the
 * CMS, which is the authority (both run @mbc/shared's validateAppointmentRequest): same fields, same choices and limits as the content type, and the
 * same verdict (which fields are wrong) as the CMS's validation on the same input.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAppointmentRequest } from '@mbc/shared';
import {
  CONTACT_METHOD_OPTIONS,
  CONTACT_TIME_OPTIONS,
  FORM_FIELDS,
  MAX_LENGTH,
  REQUEST_TYPE_OPTIONS,
  errorTargetId,
  fieldId,
  intakeUrl,
  validateAppointmentForm,
  type FormValues,
} from '../src/components/AppointmentForm/form-fields';
import { dictionary } from '../src/i18n';

const charactersLeftText = (length: number) => dictionary('en').form.charactersLeft(MAX_LENGTH.message - length);

const schema = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../cms/src/api/appointment-request/content-types/appointment-request/schema.json'), 'utf8'),
);
const LOCATIONS = ['durham', 'raleigh'];

/** What the browser's FormData gives for a complete form. */
const VALID: FormValues = {
  requestType: 'new_diagnosis',
  fullName: 'Maria Lopez',
  phone: '919-555-0142',
  email: '',
  preferredContactMethod: 'phone',
  preferredContactTime: 'any_time',
  preferredLocation: '',
  message: '',
  consentToContact: 'true',
};

describe('the form and the content type', () => {
  it('offers exactly the choices the CMS accepts', () => {
    expect(REQUEST_TYPE_OPTIONS.map((option) => option.value)).toEqual(schema.attributes.requestType.enum);
    expect(CONTACT_METHOD_OPTIONS.map((option) => option.value)).toEqual(schema.attributes.preferredContactMethod.enum);
    expect(CONTACT_TIME_OPTIONS.map((option) => option.value)).toEqual(schema.attributes.preferredContactTime.enum);
  });

  it('caps lengths as the CMS does, and has a field for each of the CMS’s form fields', () => {
    for (const [field, max] of Object.entries(MAX_LENGTH)) expect(schema.attributes[field].maxLength, field).toBe(max);
    for (const field of FORM_FIELDS) expect(schema.attributes, field).toHaveProperty(field);
  });
});

describe('validateAppointmentForm', () => {
  it('accepts a complete form', () => {
    expect(validateAppointmentForm(VALID, LOCATIONS)).toEqual([]);
  });

  it('lists every problem in the order of the form', () => {
    const errors = validateAppointmentForm({ phone: '555', email: 'nope', preferredContactTime: 'any_time' }, LOCATIONS);
    expect(errors.map((error) => error.field)).toEqual(['requestType', 'fullName', 'phone', 'email', 'preferredContactMethod', 'consentToContact']);
    expect(errors.find((error) => error.field === 'fullName')?.message).toBe('Enter your full name.');
  });

  const cases: [string, FormValues][] = [
    ['no request type', { requestType: '' }],
    ['an unknown request type', { requestType: 'urgent' }],
    ['no name', { fullName: '  ' }],
    ['a name too long', { fullName: 'x'.repeat(101) }],
    ['a phone number without area code', { phone: '555-0142' }],
    ['a phone number with a bad area code', { phone: '(119) 555-0142' }],
    ['neither phone nor email', { phone: '', email: '' }],
    ['an email without domain', { phone: '', email: 'maria@', preferredContactMethod: 'email' }],
    ['email chosen without an address', { preferredContactMethod: 'email', phone: '919-555-0142', email: '' }],
    ['phone chosen without a number', { preferredContactMethod: 'phone', phone: '', email: 'maria@example.org' }],
    ['no contact method', { preferredContactMethod: undefined }],
    ['no contact time', { preferredContactTime: undefined }],
    ['an unknown location', { preferredLocation: 'paris' }],
    ['a known location', { preferredLocation: 'raleigh' }],
    ['a message at the cap', { message: 'x'.repeat(500) }],
    ['a message over the cap', { message: 'x'.repeat(501) }],
    ['no consent', { consentToContact: undefined }],
    ['both phone and email', { email: 'maria@example.org', preferredContactMethod: 'email' }],
    ['a +1 number with dots', { phone: '+1 919.555.0142' }],
  ];

  it.each(cases)('agrees with the CMS on %s', (_case, change) => {
    const values = { ...VALID, ...change };
    const browser = [...new Set(validateAppointmentForm(values, LOCATIONS).map((error) => error.field))];
    const sent = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
    const result = validateAppointmentRequest(sent, { locations: LOCATIONS });
    const cms = 'errors' in result ? [...new Set(result.errors.map((error) => error.field))] : [];
    expect(browser).toEqual(cms);
  });
});

describe('helpers', () => {
  it('gives each field and option a stable id, and links errors to the first option of a group', () => {
    expect(fieldId('fullName')).toBe('appointment-fullName');
    expect(fieldId('requestType', 'second_opinion')).toBe('appointment-requestType-second-opinion');
    expect(errorTargetId('requestType')).toBe('appointment-requestType-new-diagnosis');
    expect(errorTargetId('preferredContactTime')).toBe('appointment-preferredContactTime-any-time');
    expect(errorTargetId('message')).toBe('appointment-message');
  });

  it('posts to the public CMS address, falling back to STRAPI_URL and the local CMS', () => {
    expect(intakeUrl({ CMS_PUBLIC_URL: 'https://cms.example.org/', STRAPI_URL: 'http://cms:1337' })).toBe('https://cms.example.org/api/appointment-requests');
    expect(intakeUrl({ STRAPI_URL: 'http://127.0.0.1:40123' })).toBe('http://127.0.0.1:40123/api/appointment-requests');
    expect(intakeUrl({})).toBe('http://127.0.0.1:1337/api/appointment-requests');
  });

  it('counts characters the way GOV.UK says it', () => {
    expect(charactersLeftText(0)).toBe('You have 500 characters remaining');
    expect(charactersLeftText(499)).toBe('You have 1 character remaining');
    expect(charactersLeftText(503)).toBe('You have 3 characters too many');
  });
});
