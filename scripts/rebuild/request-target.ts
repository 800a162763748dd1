/**
 * What the two local servers (scripts/rebuild/static-server.ts, scripts/rebuild/service.ts) accept as a request
 * path, and how the static server turns a path into a redirect: one set of rules, so a malformed request
 * is refused with a reason instead of reaching the file system or a response header.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import type { Logger } from './log';

export type RequestPath = { ok: true; pathname: string } | { ok: false; reason: string };

// C0 (which includes NUL), DEL and C1: none belongs in a path, and CR/LF would split a header.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
// Node hands over the raw request target byte for byte (as Latin-1); a URI is printable ASCII.
const PRINTABLE_ASCII = /^[\u0021-\u007e]*$/;

function refused(reason: string): RequestPath {
  return { ok: false, reason };
}

/**
 * The decoded, normalised path of a request target (`/doctors/amara-okafor/?q=1` → `/doctors/amara-okafor/`),
 * or why it is refused. Normalising collapses repeated slashes and resolves dot segments, so the result
 * always starts with exactly one `/` and never climbs above the site's root.
 */
export function requestPath(target: string): RequestPath {
  if (!target.startsWith('/')) return refused('the request target must be a path starting with "/"');
  if (!PRINTABLE_ASCII.test(target)) return refused('the request target must be printable ASCII; percent-encode other characters');
  const rawPath = target.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refused('the path is not valid percent-encoded UTF-8');
  }
  if (CONTROL_CHARACTER.test(decoded)) return refused('the path contains a control character');
  // Browsers read a backslash as a slash (`/\evil.example` is another origin); no page has one.
  if (decoded.includes('\\')) return refused('the path contains a backslash');
  return { ok: true, pathname: path.posix.normalize(decoded) };
}

/**
 * A `Location` for a normalised path on this site: percent-encoded (so é and spaces survive and no
 * header ever carries an illegal character), and never `//host`, a scheme or a backslash. Anything else
 * is our bug, so it throws rather than redirect a visitor elsewhere.
 */
export function sameOriginLocation(pathname: string): string {
  const location = encodeURI(pathname).replace(/[?#]/g, encodeURIComponent);
  if (!/^\/(?!\/)[\u0021-\u007e]*$/.test(location) || location.includes('\\')) {
    throw new Error(`refusing to redirect to ${JSON.stringify(location)}: it is not a path on this site`);
  }
  return location;
}

// Node's own answers to these (431, 408), which are more precise than a plain 400.
const MALFORMED_HTTP_STATUS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/**
 * Malformed HTTP (a broken request line, headers too large) never reaches the request handler; Node
 * reports it here. Answer 400 (or Node's 431/408) with a reason, then close the connection (a half-open
 * socket would linger).
 */
export function refuseMalformedHttp(server: http.Server, logger: Logger): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    logger.warn('malformed HTTP request refused', { code: error.code, reason: error.message });
    const status = MALFORMED_HTTP_STATUS[error.code ?? ''] ?? '400 Bad Request';
    const body = `Refused: the HTTP request could not be read (${error.code ?? 'parse error'}).\n`;
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      () => socket.destroy(),
    );
  });
}
