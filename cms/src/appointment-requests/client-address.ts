/**
 * The address a request came from, as far as it can be trusted, for the intake's rate limits.
 *
 * Each proxy in front of the CMS appends the address it saw to X-Forwarded-For; everything to
 * the left of those entries is whatever the client chose to send. So the client is the entry
 * `trustedProxyHops` from the right, never the first one (which anyone can set to a new value on
 * every request). Koa's ctx.ip picks the same entry when server.proxy.maxIpsCount equals the hops
 * (config/server.ts); this is the intake's own, explicit reading of it.
 */

export type RequestAddresses = {
  /** The X-Forwarded-For header as received ('' or undefined when absent). */
  forwardedFor: string | undefined;
  /** The address of the TCP peer: the nearest proxy, or the client itself. */
  socketAddress: string | undefined;
};

export function clientAddress(request: RequestAddresses, trustedProxyHops: number): string {
  const socketAddress = request.socketAddress ?? '';
  if (trustedProxyHops < 1 || !request.forwardedFor) return socketAddress;
  const entries = request.forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return socketAddress;
  // Fewer entries than proxies (one was skipped, or did not append): the leftmost, as Koa does.
  return entries[Math.max(0, entries.length - trustedProxyHops)];
}
