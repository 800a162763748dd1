import { describe, expect, it } from 'vitest';
import { requestPath, sameOriginLocation } from '../request-target';

describe('the request path both local servers accept', () => {
  it('decodes and normalises a path: query dropped, repeated slashes collapsed, dot segments resolved', () => {
    expect(requestPath('/doctors/amara-okafor/?utm_source=mail')).toEqual({ ok: true, pathname: '/doctors/amara-okafor/' });
    expect(requestPath('/%C3%A9quipe')).toEqual({ ok: true, pathname: '/équipe' });
    expect(requestPath('//doctors///amara-okafor')).toEqual({ ok: true, pathname: '/doctors/amara-okafor' });
    expect(requestPath('/%2Fevil.example%2F..%2Fdoctors')).toEqual({ ok: true, pathname: '/doctors' });
    expect(requestPath('/..%2f..%2fetc%2fpasswd')).toEqual({ ok: true, pathname: '/etc/passwd' });
    expect(requestPath('/a/./b/../../../c')).toEqual({ ok: true, pathname: '/c' });
  });

  it('refuses control characters (C0, NUL, DEL, C1), raw or percent-encoded, with a reason', () => {
    for (const target of ['/x%0d%0aX-Injected:%201%2F..%2Fdoctors', '/a%00b', '/a%7F', '/a%C2%85', '/a%09b']) {
      expect(requestPath(target)).toEqual({ ok: false, reason: 'the path contains a control character' });
    }
    for (const target of ['/a\u0001b', '/a\u0085b', '/a\u00e9']) {
      expect(requestPath(target)).toEqual({ ok: false, reason: 'the request target must be printable ASCII; percent-encode other characters' });
    }
  });

  it('refuses backslashes, raw or encoded, which browsers read as slashes', () => {
    expect(requestPath('/%5Cevil.example%2F..%2Fdoctors')).toEqual({ ok: false, reason: 'the path contains a backslash' });
    expect(requestPath('/\\evil.example/')).toEqual({ ok: false, reason: 'the path contains a backslash' });
  });

  it('refuses percent-encodings that are not UTF-8 (overlong, truncated, malformed)', () => {
    for (const target of ['/a%C0%AFb', '/a%E0%80', '/%FF', '/%', '/%G1', '/%ED%A0%80']) {
      expect(requestPath(target)).toEqual({ ok: false, reason: 'the path is not valid percent-encoded UTF-8' });
    }
  });

  it('refuses targets that are not a path (absolute URLs, `*`)', () => {
    expect(requestPath('http://evil.example/doctors')).toMatchObject({ ok: false });
    expect(requestPath('*')).toMatchObject({ ok: false });
  });
});

describe('a redirect Location on this site', () => {
  it('percent-encodes the path, including ? and #', () => {
    expect(sameOriginLocation('/doctors/')).toBe('/doctors/');
    expect(sameOriginLocation('/équipe/')).toBe('/%C3%A9quipe/');
    expect(sameOriginLocation('/what? #1/')).toBe('/what%3F%20%231/');
    expect(sameOriginLocation('/100%/')).toBe('/100%25/');
  });

  it('throws rather than point anywhere but a path on this origin', () => {
    expect(() => sameOriginLocation('//evil.example/')).toThrow(/not a path on this site/);
    expect(() => sameOriginLocation('https://evil.example/')).toThrow(/not a path on this site/);
    expect(() => sameOriginLocation('doctors/')).toThrow(/not a path on this site/);
  });
});
