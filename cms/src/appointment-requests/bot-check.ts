/**
 * Tells likely scripts from people without asking them anything. Two signals, both invisible to
 * a person using the form:
 * - the honeypot: a "website" field hidden from people (and from screen readers); scripts that
 *   fill in every field fill it in too;
 * - the fill time: the form's script puts the time the page was shown into "startedAt"; a form
 *   sent within seconds of being shown was not typed by a person.
 * Without JavaScript "startedAt" stays empty and only the honeypot (and the rate limit) apply,
 * so the form keeps working for everyone. A start time in the future is not judged: a visitor's
 * clock may run ahead of the server's, and a real request must never be dropped for that.
 */

export type BotCheckInput = { website?: unknown; startedAt?: unknown };

/** Why a submission looks automated (for the log, never for the sender), or null. */
export function automatedSubmissionReason(body: BotCheckInput, nowMs: number, minFillSeconds: number): string | null {
  const { website, startedAt } = body;
  if (website !== undefined && website !== null && !(typeof website === 'string' && website.trim() === '')) {
    return 'honeypot field filled in';
  }
  if (startedAt === undefined || startedAt === null || startedAt === '') return null;
  if (typeof startedAt !== 'string' && typeof startedAt !== 'number') return 'start time is not a number';
  const started = Number(startedAt);
  if (!/^\d{1,15}$/.test(String(startedAt)) || !Number.isSafeInteger(started)) return 'start time is not a number';
  const elapsedMs = nowMs - started;
  if (elapsedMs >= 0 && elapsedMs < minFillSeconds * 1000) return `sent ${elapsedMs} ms after the form was shown`;
  return null;
}
