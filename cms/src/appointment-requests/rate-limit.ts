/**
 * An in-memory sliding-window rate limit per client address: at most `limit` attempts in any
 * `windowMs`. In memory on purpose: one CMS process takes the form posts, nothing personal is
 * written anywhere, and a restart forgetting the counts is harmless. Run several CMS processes
 * behind a load balancer and each counts on its own (the effective limit multiplies).
 */

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export class SlidingWindowRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number = 60 * 60 * 1000,
    /** Most addresses remembered; the least recently seen are forgotten first (bounds memory under a flood). */
    private readonly maxClients: number = 10_000,
  ) {}

  /** Whether `client` may make one more attempt at `nowMs`; records nothing. */
  check(client: string, nowMs: number): RateLimitDecision {
    const recent = this.recent(client, nowMs);
    if (recent.length >= this.limit) {
      const retryAfterMs = recent[0] + this.windowMs - nowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    return { allowed: true, remaining: this.limit - recent.length - 1 };
  }

  /** Counts an attempt by `client` at `nowMs`, whatever the limit says. */
  record(client: string, nowMs: number): void {
    const recent = this.recent(client, nowMs);
    recent.push(nowMs);
    this.remember(client, recent);
  }

  /** Takes back one attempt recorded at `atMs` (an attempt that turned out not to count). */
  release(client: string, atMs: number): void {
    const times = this.attempts.get(client);
    const index = times?.indexOf(atMs) ?? -1;
    if (times && index >= 0) times.splice(index, 1);
  }

  /** Records an attempt by `client` at `nowMs` unless it is over the limit. */
  hit(client: string, nowMs: number): RateLimitDecision {
    const decision = this.check(client, nowMs);
    if (decision.allowed) this.record(client, nowMs);
    return decision;
  }

  /** Forgets every count (tests; an operator could call it from the console). */
  clear(): void {
    this.attempts.clear();
  }

  get size(): number {
    return this.attempts.size;
  }

  private recent(client: string, nowMs: number): number[] {
    return (this.attempts.get(client) ?? []).filter((time) => time > nowMs - this.windowMs);
  }

  private remember(client: string, times: number[]): void {
    // Re-inserting moves the client to the end, so Map order is least recently seen first.
    this.attempts.delete(client);
    this.attempts.set(client, times);
    while (this.attempts.size > this.maxClients) {
      const oldest = this.attempts.keys().next().value as string;
      this.attempts.delete(oldest);
    }
  }
}

/** Which limit an attempt ran into. */
export type IntakeLimit = 'accepted' | 'refused';

/** What happened to an admitted attempt, once the intake has answered it. */
export type IntakeOutcome = 'accepted' | 'refused';

export type IntakeAdmission =
  | { allowed: true; settle(outcome: IntakeOutcome): void }
  | { allowed: false; limit: IntakeLimit; retryAfterSeconds: number };

/**
 * The intake's two limits per client address: requests accepted (stored, or dropped as
 * automated with the same answer), and requests refused (a field to fix, a body that cannot be
 * read). Apart, so a person who makes a few mistakes can still send their request, while a
 * script sending nonsense is still stopped.
 *
 * An admitted attempt holds a place among the accepted ones until it is settled, so a burst of
 * parallel requests cannot all pass the check before any is counted; a refused one gives its
 * place back and counts among the refused instead.
 */
export class IntakeRateLimit {
  readonly accepted: SlidingWindowRateLimiter;
  readonly refused: SlidingWindowRateLimiter;

  constructor(limits: { acceptedPerHour: number; refusedPerHour: number }, windowMs: number = 60 * 60 * 1000) {
    this.accepted = new SlidingWindowRateLimiter(limits.acceptedPerHour, windowMs);
    this.refused = new SlidingWindowRateLimiter(limits.refusedPerHour, windowMs);
  }

  admit(client: string, nowMs: number): IntakeAdmission {
    for (const [limit, limiter] of [['accepted', this.accepted], ['refused', this.refused]] as const) {
      const decision = limiter.check(client, nowMs);
      // `in`, not `allowed`: the CMS compiles without strictNullChecks, which would not narrow on it.
      if ('retryAfterSeconds' in decision) return { allowed: false, limit, retryAfterSeconds: decision.retryAfterSeconds };
    }
    this.accepted.record(client, nowMs);
    let settled = false;
    return {
      allowed: true,
      settle: (outcome) => {
        if (settled) return;
        settled = true;
        if (outcome === 'accepted') return;
        this.accepted.release(client, nowMs);
        this.refused.record(client, nowMs);
      },
    };
  }

  clear(): void {
    this.accepted.clear();
    this.refused.clear();
  }
}
