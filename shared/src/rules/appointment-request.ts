/**
 * The appointment request: the fields a person fills in, their choices and limits, and the one
 * validation both sides run. The CMS's intake (cms/src/appointment-requests/) is the authority
 * and stores what validateAppointmentRequest returns; the site's form script runs the same
 * function before sending, so a person sees the CMS's verdict without a round trip. Pure: the
 * caller passes the published location slugs. Collects the minimum and nothing else: unknown
 * fields are refused, so nobody can set a request's status or staff notes from outside.
 * Each error names its field and speaks to the person filling in the form. The content type's
 * schema.json repeats the choices and limits (Strapi needs them there); a drift test holds the two
 * to the same values.
 */
import { checkUsPhone } from './phone.js';

export const REQUEST_TYPE_OPTIONS = [
  { value: 'new_diagnosis', label: 'A first appointment after a new diagnosis' },
  { value: 'second_opinion', label: 'A second opinion on a diagnosis or treatment plan' },
  { value: 'returning_patient', label: 'An appointment as a returning patient (seen here in the last 3 years)' },
  { value: 'referring_physician', label: 'I am a doctor referring a patient' },
] as const;

export const CONTACT_METHOD_OPTIONS = [
  { value: 'phone', label: 'Phone' },
  { value: 'email', label: 'Email' },
] as const;

export const CONTACT_TIME_OPTIONS = [
  { value: 'any_time', label: 'Any time' },
  { value: 'morning', label: 'Morning (8 am to noon)' },
  { value: 'afternoon', label: 'Afternoon (noon to 5 pm)' },
] as const;

export const REQUEST_TYPES: readonly string[] = REQUEST_TYPE_OPTIONS.map((option) => option.value);
export const CONTACT_METHODS: readonly string[] = CONTACT_METHOD_OPTIONS.map((option) => option.value);
export const CONTACT_TIMES: readonly string[] = CONTACT_TIME_OPTIONS.map((option) => option.value);

/** In UTF-16 units, as the browser's maxlength and Strapi's own length check count them. */
export const MAX_LENGTH = {
  fullName: 100,
  phone: 30,
  email: 254,
  preferredLocation: 120,
  message: 500,
} as const;

/** The fields a person fills in, in the order the form shows them (errors are listed in this order). */
export const FORM_FIELDS = [
  'requestType',
  'fullName',
  'phone',
  'email',
  'preferredContactMethod',
  'preferredContactTime',
  'preferredLocation',
  'message',
  'consentToContact',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The honeypot (hidden from people) and the time the form was shown: they only help tell people from scripts (the CMS's bot-check.ts); never stored. */
export const HONEYPOT_FIELD = 'website';
export const STARTED_AT_FIELD = 'startedAt';
export const BOT_CHECK_FIELDS = [HONEYPOT_FIELD, STARTED_AT_FIELD] as const;

/** How each field is named in an error message. */
export const FIELD_LABELS: Record<FormField, string> = {
  requestType: 'What you need',
  fullName: 'Full name',
  phone: 'Phone number',
  email: 'Email address',
  preferredContactMethod: 'How to contact you',
  preferredContactTime: 'When to call',
  preferredLocation: 'Preferred location',
  message: 'Message',
  consentToContact: 'Permission to contact you',
};

export type FieldError = {
  field: string;
  message: string;
  /** Other fields the message is about, marked with it: "a phone number or an email address" is about both. */
  alsoFields?: FormField[];
};

export type AppointmentRequestData = {
  requestType: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  preferredContactMethod: string;
  preferredContactTime: string;
  preferredLocation: string | null;
  message: string | null;
  consentToContact: true;
};

export type ValidationResult = { ok: true; data: AppointmentRequestData } | { ok: false; errors: FieldError[] };

// A practical check, not RFC 5322: one @, no spaces, a dot in the domain, no leading/trailing dot.
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONSENT_VALUES = new Set([true, 'true', 'on', 'yes']);
// Characters nobody sees but that change what staff would read: bidirectional controls and marks
// (U+202A–U+202E, U+2066–U+2069, U+061C, U+200E, U+200F), which can show "Maria" for another
// name or reverse a phone number, and C1 controls (U+0080–U+009F), which arrive in text
// mis-decoded elsewhere and no keyboard types.
const INVISIBLE_CONTROLS = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text without bidirectional and C1 controls. Dropped rather than refused: they are invisible,
 * usually pasted along with the text, and what is left is what the person meant to send.
 */
export function withoutInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

type Reader = {
  errors: FieldError[];
  /** A text value, trimmed and without invisible controls; null when absent or empty; undefined after recording an error. */
  text(field: FormField, options: { maxLength: number; multiline?: boolean }): string | null | undefined;
};

function reader(body: Record<string, unknown>): Reader {
  const errors: FieldError[] = [];
  return {
    errors,
    text(field, { maxLength, multiline = false }) {
      const raw = body[field];
      if (raw === undefined || raw === null) return null;
      if (typeof raw !== 'string') {
        errors.push({ field, message: `${FIELD_LABELS[field]} must be text (one value).` });
        return undefined;
      }
      const value = withoutInvisibleControls(multiline ? raw.replace(/\r\n?/g, '\n') : raw).trim();
      if (value === '') return null;
      if ((multiline ? CONTROL_CHARACTERS_EXCEPT_LINES : CONTROL_CHARACTERS).test(value)) {
        errors.push({
          field,
          message: multiline
            ? `${FIELD_LABELS[field]} contains characters that cannot be stored; type it again without special control characters.`
            : `${FIELD_LABELS[field]} must be on one line, without special control characters.`,
        });
        return undefined;
      }
      // UTF-16 units, as the browser's maxlength and Strapi's own length check count them.
      const count = value.length;
      if (count > maxLength) {
        errors.push({ field, message: `${FIELD_LABELS[field]} must be ${maxLength} characters or fewer (it has ${count}).` });
        return undefined;
      }
      return value;
    },
  };
}

function chooseOne(read: Reader, field: FormField, options: readonly string[], missing: string): string | undefined {
  const value = read.text(field, { maxLength: 60 });
  if (value === undefined) return undefined;
  if (value === null || !options.includes(value)) {
    read.errors.push({ field, message: missing });
    return undefined;
  }
  return value;
}

/**
 * Validates every field of a request. `locations` are the slugs of the clinics a person may
 * choose (the published locations); an empty choice means "no preference".
 */
export function validateAppointmentRequest(input: unknown, options: { locations: readonly string[] }): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'body', message: 'Send the form fields as a form post or a JSON object.' }] };
  }
  const body = input as Record<string, unknown>;
  const read = reader(body);
  const requestType = chooseOne(read, 'requestType', REQUEST_TYPES, 'Choose what you need: a first appointment after a new diagnosis, a second opinion, an appointment as a returning patient, or a referral.');
  const fullName = read.text('fullName', { maxLength: MAX_LENGTH.fullName });
  if (fullName === null) read.errors.push({ field: 'fullName', message: 'Enter your full name.' });

  const phone = read.text('phone', { maxLength: MAX_LENGTH.phone });
  if (phone) {
    const problem = checkUsPhone(phone);
    if (problem) read.errors.push({ field: 'phone', message: `${FIELD_LABELS.phone} ${problem}` });
  }
  const email = read.text('email', { maxLength: MAX_LENGTH.email });
  if (email && !EMAIL_PATTERN.test(email)) {
    read.errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com.' });
  }
  if (phone === null && email === null) {
    read.errors.push({ field: 'phone', message: 'Enter a phone number or an email address, so we can reach you.', alsoFields: ['email'] });
  }

  const preferredContactMethod = chooseOne(read, 'preferredContactMethod', CONTACT_METHODS, 'Choose how you would like us to contact you: by phone or by email.');
  if (preferredContactMethod === 'phone' && phone === null && email !== null) {
    read.errors.push({ field: 'preferredContactMethod', message: 'You chose to be contacted by phone: enter a phone number, or choose email.' });
  }
  if (preferredContactMethod === 'email' && email === null && phone !== null) {
    read.errors.push({ field: 'preferredContactMethod', message: 'You chose to be contacted by email: enter an email address, or choose phone.' });
  }
  const preferredContactTime = chooseOne(read, 'preferredContactTime', CONTACT_TIMES, 'Choose when we should contact you: any time, morning or afternoon.');

  const preferredLocation = read.text('preferredLocation', { maxLength: MAX_LENGTH.preferredLocation });
  if (preferredLocation && !options.locations.includes(preferredLocation)) {
    read.errors.push({ field: 'preferredLocation', message: 'Choose a location from the list, or no preference.' });
  }
  const message = read.text('message', { maxLength: MAX_LENGTH.message, multiline: true });

  if (!CONSENT_VALUES.has(body.consentToContact as string | boolean)) {
    read.errors.push({ field: 'consentToContact', message: 'Tick the box to agree that we may contact you about this request.' });
  }

  const known = new Set<string>([...FORM_FIELDS, ...BOT_CHECK_FIELDS]);
  for (const field of Object.keys(body)) {
    if (!known.has(field)) {
      const shown = field.length > 40 ? `${field.slice(0, 40)}…` : field;
      read.errors.push({ field, message: `"${shown}" is not a field of this form; send only the form's fields.` });
    }
  }

  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return {
    ok: true,
    data: {
      requestType: requestType!,
      fullName: fullName!,
      phone: phone ?? null,
      email: email ?? null,
      preferredContactMethod: preferredContactMethod!,
      preferredContactTime: preferredContactTime!,
      preferredLocation: preferredLocation ?? null,
      message: message ?? null,
      consentToContact: true,
    },
  };
}
