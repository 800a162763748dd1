import type { Loose } from './fixtures';

/** A complete, valid appointment request as the site's script sends it; tests break one field at a time. */
export const VALID_REQUEST = {
  requestType: 'second_opinion',
  fullName: 'Maria Lopez',
  phone: '(919) 555-0142',
  email: 'maria@example.org',
  preferredContactMethod: 'phone',
  preferredContactTime: 'morning',
  preferredLocation: 'durham',
  message: 'I was diagnosed in May and would like a second opinion on my treatment plan.',
  consentToContact: true,
};

/** A request as a person sends it: the page was shown a while ago, the honeypot left empty. */
export const fromPerson = (overrides: Record<string, unknown> = {}) => ({ ...VALID_REQUEST, startedAt: String(Date.now() - 45_000), website: '', ...overrides });

export type IntakeAnswer = { status: number; headers: Headers; text: string; json: Loose };

/** Posts to the intake as the site's script (JSON) or as a plain HTML form (urlencoded). */
export async function postToIntake(
  baseUrl: string,
  body: Record<string, unknown>,
  options: { kind?: 'json' | 'form'; headers?: Record<string, string> } = {},
): Promise<IntakeAnswer> {
  const kind = options.kind ?? 'json';
  const encoded =
    kind === 'json'
      ? JSON.stringify(body)
      : new URLSearchParams(Object.entries(body).filter(([, value]) => value !== undefined).map(([key, value]): [string, string] => [key, String(value)])).toString();
  const response = await fetch(`${baseUrl}/api/appointment-requests`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', ...options.headers },
    body: encoded,
  });
  return readAnswer(response);
}

export async function readAnswer(response: Response): Promise<IntakeAnswer> {
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // HTML or empty
  }
  return { status: response.status, headers: response.headers, text, json };
}
