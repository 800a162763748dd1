/**
 * The appointment request: the fields a person fills in, their choices and limits, and the one
 * validation both sides run. The CMS's intake (cms/src/appointment-requests/) is the authority
 * and stores what validateAppointmentRequest returns; the site's form script runs the same
 * function before sending, so a person sees the CMS's verdict without a round trip. Pure: the
 * caller passes the published location slugs. Collects the minimum and nothing else: unknown
 * fields are refused, so nobody can set a request's status or staff notes from outside.
 * Each error names its field and speaks to the person filling in the form, in the language the
 * request names (its `language`; the dictionaries: appointment-request-messages.ts). The content type's
 * schema.json repeats the choices and limits (Strapi needs them there); a drift test holds the two
 * to the same values.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, isLocaleCode, type LocaleCode } from '../locales.js';
import { APPOINTMENT_REQUEST_MESSAGES, appointmentRequestMessages, type AppointmentRequestMessages } from './appointment-request-messages.js';
import { CONTACT_METHOD_OPTIONS, CONTACT_TIME_OPTIONS, REQUEST_TYPE_OPTIONS } from './appointment-request-options.js';
import { checkUsPhone } from './phone.js';

export { CONTACT_METHOD_OPTIONS, CONTACT_TIME_OPTIONS, REQUEST_TYPE_OPTIONS };

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

/**
 * The language the person used the site in (a locale code of LOCALES), sent by the form as a
 * hidden field: the messages are in it, and the request records it so staff can answer in it.
 * Absent means the default locale.
 */
export const LANGUAGE_FIELD = 'language';

/** How each field is named in an error message, in the default locale (each locale's: appointment-request-messages.ts). */
export const FIELD_LABELS: Record<FormField, string> = APPOINTMENT_REQUEST_MESSAGES[DEFAULT_LOCALE].fieldLabels;

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
  language: LocaleCode;
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

function reader(body: Record<string, unknown>, messages: AppointmentRequestMessages): Reader {
  const errors: FieldError[] = [];
  const labels = messages.fieldLabels;
  return {
    errors,
    text(field, { maxLength, multiline = false }) {
      const raw = body[field];
      if (raw === undefined || raw === null) return null;
      if (typeof raw !== 'string') {
        errors.push({ field, message: messages.notText(labels[field]) });
        return undefined;
      }
      const value = withoutInvisibleControls(multiline ? raw.replace(/\r\n?/g, '\n') : raw).trim();
      if (value === '') return null;
      if ((multiline ? CONTROL_CHARACTERS_EXCEPT_LINES : CONTROL_CHARACTERS).test(value)) {
        errors.push({ field, message: multiline ? messages.unstorableCharacters(labels[field]) : messages.notOneLine(labels[field]) });
        return undefined;
      }
      // UTF-16 units, as the browser's maxlength and Strapi's own length check count them.
      const count = value.length;
      if (count > maxLength) {
        errors.push({ field, message: messages.tooLong(labels[field], maxLength, count) });
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
 * The request's language: absent or empty means the default locale; anything but a locale code
 * of LOCALES is refused (a form of this site always sends one of them).
 */
function languageOf(body: Record<string, unknown>): { language: LocaleCode; error?: FieldError } {
  const raw = body[LANGUAGE_FIELD];
  if (raw === undefined || raw === null || raw === '') return { language: DEFAULT_LOCALE };
  if (isLocaleCode(raw)) return { language: raw };
  const shown = typeof raw === 'string' ? `"${raw.slice(0, 20)}"` : 'that value';
  return {
    language: DEFAULT_LOCALE,
    error: { field: LANGUAGE_FIELD, message: `The language ${shown} is not one of this site's (${LOCALE_CODES.join(', ')}); send the form from one of its pages.` },
  };
}

/** The language to answer a request in: the one it names when that is a locale of LOCALES, else the default. */
export function appointmentRequestLanguage(input: unknown): LocaleCode {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? languageOf(input as Record<string, unknown>).language : DEFAULT_LOCALE;
}

/**
 * Validates every field of a request, with the messages in the request's language. `locations`
 * are the slugs of the clinics a person may choose (the published locations); an empty choice
 * means "no preference".
 */
export function validateAppointmentRequest(input: unknown, options: { locations: readonly string[] }): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'body', message: appointmentRequestMessages(DEFAULT_LOCALE).notAnObject }] };
  }
  const body = input as Record<string, unknown>;
  const { language, error: languageError } = languageOf(body);
  const messages = appointmentRequestMessages(language);
  const read = reader(body, messages);
  if (languageError) read.errors.push(languageError);
  const requestType = chooseOne(read, 'requestType', REQUEST_TYPES, messages.chooseRequestType);
  const fullName = read.text('fullName', { maxLength: MAX_LENGTH.fullName });
  if (fullName === null) read.errors.push({ field: 'fullName', message: messages.enterFullName });

  const phone = read.text('phone', { maxLength: MAX_LENGTH.phone });
  if (phone && checkUsPhone(phone)) read.errors.push({ field: 'phone', message: messages.phoneFormat });
  const email = read.text('email', { maxLength: MAX_LENGTH.email });
  if (email && !EMAIL_PATTERN.test(email)) {
    read.errors.push({ field: 'email', message: messages.emailFormat });
  }
  if (phone === null && email === null) {
    read.errors.push({ field: 'phone', message: messages.phoneOrEmail, alsoFields: ['email'] });
  }

  const preferredContactMethod = chooseOne(read, 'preferredContactMethod', CONTACT_METHODS, messages.chooseContactMethod);
  if (preferredContactMethod === 'phone' && phone === null && email !== null) {
    read.errors.push({ field: 'preferredContactMethod', message: messages.phoneChosenWithoutPhone });
  }
  if (preferredContactMethod === 'email' && email === null && phone !== null) {
    read.errors.push({ field: 'preferredContactMethod', message: messages.emailChosenWithoutEmail });
  }
  const preferredContactTime = chooseOne(read, 'preferredContactTime', CONTACT_TIMES, messages.chooseContactTime);

  const preferredLocation = read.text('preferredLocation', { maxLength: MAX_LENGTH.preferredLocation });
  if (preferredLocation && !options.locations.includes(preferredLocation)) {
    read.errors.push({ field: 'preferredLocation', message: messages.chooseLocation });
  }
  const message = read.text('message', { maxLength: MAX_LENGTH.message, multiline: true });

  if (!CONSENT_VALUES.has(body.consentToContact as string | boolean)) {
    read.errors.push({ field: 'consentToContact', message: messages.consentToContact });
  }

  const known = new Set<string>([...FORM_FIELDS, ...BOT_CHECK_FIELDS, LANGUAGE_FIELD]);
  for (const field of Object.keys(body)) {
    if (!known.has(field)) {
      const shown = field.length > 40 ? `${field.slice(0, 40)}…` : field;
      read.errors.push({ field, message: messages.unknownField(shown) });
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
      language,
    },
  };
}
