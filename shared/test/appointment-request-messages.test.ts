/**
 * The appointment request's messages come in the visitor's language: one dictionary per locale,
 * chosen by the request's `language`; English stays word for word as the form has always said it.
 */
import { describe, expect, test } from 'vitest';
import {
  APPOINTMENT_REQUEST_MESSAGES,
  DEFAULT_LOCALE,
  FIELD_LABELS,
  LANGUAGE_FIELD,
  LOCALES,
  appointmentRequestMessages,
  validateAppointmentRequest,
  type AppointmentRequestMessages,
} from '../src/index';

const LOCATIONS = ['durham'];
const VALID = {
  requestType: 'new_diagnosis',
  fullName: 'Ana García',
  phone: '(919) 555-0142',
  email: '',
  preferredContactMethod: 'phone',
  preferredContactTime: 'morning',
  preferredLocation: 'durham',
  message: '',
  consentToContact: 'true',
};

/** Every text a dictionary holds, its functions called with sample arguments. */
function textsOf(messages: AppointmentRequestMessages): string[] {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') texts.push(String(value('Label', 100, 120)));
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(messages);
  return texts;
}

const messagesOf = (input: Record<string, unknown>) => {
  const result = validateAppointmentRequest(input, { locations: LOCATIONS });
  return result.ok ? [] : result.errors.map((error) => error.message);
};

describe('the appointment request messages', () => {
  test('every locale has a dictionary, with every message written', () => {
    expect(Object.keys(APPOINTMENT_REQUEST_MESSAGES).sort()).toEqual(LOCALES.map((locale) => locale.code).sort());
    for (const { code } of LOCALES) {
      for (const text of textsOf(appointmentRequestMessages(code))) expect(text.trim().length, code).toBeGreaterThan(3);
    }
  });

  test('each other locale is translated: none of its messages is the English one', () => {
    const english = new Set(textsOf(APPOINTMENT_REQUEST_MESSAGES[DEFAULT_LOCALE]));
    for (const { code } of LOCALES.filter((locale) => locale.code !== DEFAULT_LOCALE)) {
      expect(textsOf(appointmentRequestMessages(code)).filter((text) => english.has(text)), code).toEqual([]);
    }
  });

  test('English is word for word what the form has always said', () => {
    expect(messagesOf({ ...VALID, fullName: '', phone: '12', consentToContact: '' })).toEqual([
      'Enter your full name.',
      'Phone number must be a US phone number with area code, e.g. (919) 555-0123 or 919-555-0123.',
      'Tick the box to agree that we may contact you about this request.',
    ]);
    expect(messagesOf({ ...VALID, phone: '', email: '' })).toContain('Enter a phone number or an email address, so we can reach you.');
    expect(FIELD_LABELS.preferredContactMethod).toBe('How to contact you');
  });

  test('a request in Spanish is answered in Spanish, and records its language', () => {
    const answer = messagesOf({ ...VALID, [LANGUAGE_FIELD]: 'es', fullName: '', phone: '12', consentToContact: '', surprise: 'x' });
    expect(answer).toEqual([
      'Escriba su nombre completo.',
      'Escriba un número de teléfono de EE. UU. con su código de área, por ejemplo (919) 555-0123 o 919-555-0123.',
      'Marque la casilla para aceptar que le contactemos sobre esta solicitud.',
      '"surprise" no es un campo de este formulario. Envíe solo los campos del formulario.',
    ]);
    expect(messagesOf({ ...VALID, language: 'es', message: 'x'.repeat(501) })).toEqual(['Mensaje debe tener 500 caracteres o menos (tiene 501).']);
    const accepted = validateAppointmentRequest({ ...VALID, language: 'es' }, { locations: LOCATIONS });
    expect(accepted).toMatchObject({ ok: true, data: { language: 'es', fullName: 'Ana García' } });
  });

  test('a request without a language is in the default one; an unknown language is refused with a reason', () => {
    expect(validateAppointmentRequest(VALID, { locations: LOCATIONS })).toMatchObject({ ok: true, data: { language: DEFAULT_LOCALE } });
    expect(validateAppointmentRequest({ ...VALID, language: '' }, { locations: LOCATIONS })).toMatchObject({ ok: true, data: { language: DEFAULT_LOCALE } });
    for (const language of ['fr', 'ES', 'es-MX', ['es'], 7]) {
      const result = validateAppointmentRequest({ ...VALID, language }, { locations: LOCATIONS });
      expect(result.ok, String(language)).toBe(false);
      expect(!result.ok && result.errors).toEqual([{ field: 'language', message: expect.stringMatching(/is not one of this site's \(en, es\)/) }]);
    }
  });
});
