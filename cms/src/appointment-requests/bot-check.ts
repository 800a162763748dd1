/**
 * Tells likely scripts from people without asking them anything. Two signals, both invisible to
 * a person using the form:
 * - the honeypot: a "website" field hidden from people (and from screen readers); scripts that
 *   fill in every field fill it in too. A filled honeypot is a script: its post is dropped.
 * - the fill time: the form's script puts the time the page was shown into "startedAt". A form
 *   sent within seconds of being shown is unusual, but people do it too (a browser's autofill,
 *   some assistive technology, a patient who filled the form in before and pressed Back), so such
 *   a request is kept and flagged for the care team to check, never dropped.
 * Without JavaScript "startedAt" stays empty and only the honeypot (and the rate limit) apply,
 * so the form keeps working for everyone. A start time in the future is not judged: a visitor's
 * clock may run ahead of the server's.
 */

export type BotCheckInput = { website?: unknown; startedAt?: unknown };

export type SubmissionVerdict =
  | { kind: 'person' }
  /** Certainly a script: answered like a success, nothing stored. */
  | { kind: 'automated'; reason: string }
  /** Possibly a script: checked and stored like any request, flagged for the care team. */
  | { kind: 'unusually-fast'; reason: string };

/** What the bot signals say about a submission (the reasons are for the log, never for the sender). */
export function judgeSubmission(body: BotCheckInput, nowMs: number, minFillSeconds: number): SubmissionVerdict {
  const { website, startedAt } = body;
  if (website !== undefined && website !== null && !(typeof website === 'string' && website.trim() === '')) {
    return { kind: 'automated', reason: 'honeypot field filled in' };
  }
  if (startedAt === undefined || startedAt === null || startedAt === '') return { kind: 'person' };
  // The form's script always sends a whole number of milliseconds: anything else was made by hand.
  if (typeof startedAt !== 'string' && typeof startedAt !== 'number') return { kind: 'automated', reason: 'start time is not a number' };
  const started = Number(startedAt);
  if (!/^\d{1,15}$/.test(String(startedAt)) || !Number.isSafeInteger(started)) return { kind: 'automated', reason: 'start time is not a number' };
  const elapsedMs = nowMs - started;
  if (elapsedMs >= 0 && elapsedMs < minFillSeconds * 1000) return { kind: 'unusually-fast', reason: `sent ${elapsedMs} ms after the form was shown` };
  return { kind: 'person' };
}
