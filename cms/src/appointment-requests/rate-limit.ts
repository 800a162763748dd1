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

  /** Records an attempt by `client` at `nowMs` unless it is over the limit. */
  hit(client: string, nowMs: number): RateLimitDecision {
    const recent = (this.attempts.get(client) ?? []).filter((time) => time > nowMs - this.windowMs);
    if (recent.length >= this.limit) {
      this.remember(client, recent);
      const retryAfterMs = recent[0] + this.windowMs - nowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    recent.push(nowMs);
    this.remember(client, recent);
    return { allowed: true, remaining: this.limit - recent.length };
  }

  /** Forgets every count (tests; an operator could call it from the console). */
  clear(): void {
    this.attempts.clear();
  }

  get size(): number {
    return this.attempts.size;
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
