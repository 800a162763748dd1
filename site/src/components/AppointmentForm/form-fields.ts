/**
 * The appointment request form: its fields, choices and limits, and the check the browser runs
 * before sending. All of them come from the content contract (@mbc/shared,
 * shared/src/rules/appointment-request.ts): the browser runs the very validation the CMS runs on
 * the same input, so a person sees the same verdict and the same messages with or without
 * JavaScript. Pure: used by the Astro component at build time and by the form's script.
 */
import {
  CONTACT_METHOD_OPTIONS,
  CONTACT_TIME_OPTIONS,
  FORM_FIELDS,
  HONEYPOT_FIELD,
  LANGUAGE_FIELD,
  MAX_LENGTH,
  REQUEST_TYPE_OPTIONS,
  STARTED_AT_FIELD,
  validateAppointmentRequest,
  type FormField,
} from '@mbc/shared';
import { DEFAULT_STRAPI_URL } from '../../lib/defaults';

export { CONTACT_METHOD_OPTIONS, CONTACT_TIME_OPTIONS, FORM_FIELDS, HONEYPOT_FIELD, LANGUAGE_FIELD, MAX_LENGTH, REQUEST_TYPE_OPTIONS, STARTED_AT_FIELD, type FormField };

export type FormValues = Partial<Record<FormField, string>>;
export type FieldError = {
  field: string | null;
  message: string;
  /** Other fields the message is about, marked with it: "a phone number or an email address" is about both. */
  alsoFields?: FormField[];
};

/**
 * Example phone numbers for the form's hint and messages: fictional ones (555-0100 to 555-0199
 * are set aside for fiction), so an example is never a number someone answers.
 */
const EXAMPLE_PHONES = ['(919) 555-0142', '(919) 555-0178'] as const;

const tenDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/**
 * The example phone number to show, never the center's own appointment number: shown next to
 * the phone box, that number reads as the one to type in, and the center would call itself back.
 */
export function examplePhone(appointmentPhone: string | null | undefined): string {
  const own = tenDigits(appointmentPhone ?? '');
  return EXAMPLE_PHONES.find((example) => tenDigits(example) !== own) ?? EXAMPLE_PHONES[0];
}

/** The id of a field's input, or of one option's input in a group of radios. */
export function fieldId(field: string, option?: string): string {
  return option === undefined ? `appointment-${field}` : `appointment-${field}-${option.replace(/_/g, '-')}`;
}

/** Where an error message links to: the input, or the first option of a group. */
export function errorTargetId(field: string): string {
  switch (field) {
    case 'requestType':
      return fieldId(field, REQUEST_TYPE_OPTIONS[0].value);
    case 'preferredContactMethod':
      return fieldId(field, CONTACT_METHOD_OPTIONS[0].value);
    case 'preferredContactTime':
      return fieldId(field, CONTACT_TIME_OPTIONS[0].value);
    default:
      return fieldId(field);
  }
}

/** The CMS's address the form posts to: the public CMS URL of the build. */
export function intakeUrl(env: Record<string, string | undefined>): string {
  const cms = (env.CMS_PUBLIC_URL?.trim() || env.STRAPI_URL?.trim() || DEFAULT_STRAPI_URL).replace(/\/+$/, '');
  return `${cms}/api/appointment-requests`;
}

/**
 * The check the browser runs before sending: the CMS's validation on what the form would send
 * (FormData's strings; the consent box sends "true"), with its messages.
 * `locations` are the slugs the location list offers; `language`, the page's locale, says which
 * language the messages are in (the CMS answers in the same one).
 */
export function validateAppointmentForm(values: FormValues, locations: readonly string[], language?: string): FieldError[] {
  const sent = { ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)), ...(language ? { [LANGUAGE_FIELD]: language } : {}) };
  const result = validateAppointmentRequest(sent, { locations });
  return result.ok ? [] : result.errors;
}
