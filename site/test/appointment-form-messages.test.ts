/**
 * The appointment form's messages (src/components/AppointmentForm/form-fields.ts): its example
 * phone number is fictional and never the center's own appointment number, whatever site
 * settings hold; its messages are the CMS's (@mbc/shared); "a phone number or an email address" marks both fields.
 */
import { describe, expect, it } from 'vitest';
import { examplePhone, validateAppointmentForm } from '../src/components/AppointmentForm/form-fields';

const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

describe('examplePhone', () => {
  it('is a fictional 555-01xx number', () => {
    expect(digits(examplePhone('(984) 215-3000'))).toMatch(/^\d{3}55501\d\d$/);
    expect(digits(examplePhone(null))).toMatch(/^\d{3}55501\d\d$/);
  });

  it('is never the appointment number, however it is written', () => {
    const first = examplePhone(null);
    for (const written of [first, digits(first), `+1 ${digits(first)}`, `1-${digits(first).slice(0, 3)}-${digits(first).slice(3, 6)}-${digits(first).slice(6)}`]) {
      expect(digits(examplePhone(written)), written).not.toBe(digits(first));
    }
    expect(digits(examplePhone('(919) 555-0100'))).not.toBe('9195550100');
  });

  it('a mistyped number gets the CMS’s own message, whose examples are fictional too', () => {
    const [error] = validateAppointmentForm({ phone: '12345' }, []).filter((entry) => entry.field === 'phone');
    expect(error?.message).toBe('Phone number must be a US phone number with area code, e.g. (919) 555-0123 or 919-555-0123.');
    for (const example of error!.message.match(/\(?\d{3}\)?[ -]\d{3}-\d{4}/g)!) expect(digits(example)).toMatch(/^\d{3}55501\d\d$/);
  });

  it('"a phone number or an email address" is about both fields', () => {
    const error = validateAppointmentForm({ phone: '', email: '' }, []).find((entry) => entry.field === 'phone');
    expect(error).toMatchObject({ message: 'Enter a phone number or an email address, so we can reach you.', alsoFields: ['email'] });
  });
});
