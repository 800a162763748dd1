/**
 * What the media library takes and how /uploads/ serves it. The CMS serves uploads from its own
 * address, where signed-in staff hold an admin session: a file a browser would run (HTML, SVG,
 * JavaScript, XML) could act as whoever opens it, care coordinators included, and read appointment
 * requests. So the library takes only images and PDFs, and a file's content must be what its name
 * says. Every type here is a binary format recognisable by its first bytes, which is what makes that
 * check possible (plain text is left out for that reason: HTML is plain text too).
 */

export type MediaType = {
  contentType: string;
  extensions: readonly string[];
  /** Rendered inline by the browser; everything else is served as a download. */
  inline: boolean;
  /** Does the file start like one of these? */
  matches: (head: Uint8Array) => boolean;
};

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, index) => head[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

export const MEDIA_TYPES: readonly MediaType[] = [
  { contentType: 'image/png', extensions: ['.png'], inline: true, matches: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], inline: true, matches: (head) => startsWith(head, [0xff, 0xd8, 0xff]) },
  { contentType: 'image/gif', extensions: ['.gif'], inline: true, matches: (head) => startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a')) },
  { contentType: 'image/webp', extensions: ['.webp'], inline: true, matches: (head) => startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8) },
  {
    contentType: 'image/avif',
    extensions: ['.avif'],
    inline: true,
    // An ISO media file (…ftyp) whose major brand is AVIF (still image or sequence).
    matches: (head) => startsWith(head, ascii('ftyp'), 4) && (startsWith(head, ascii('avif'), 8) || startsWith(head, ascii('avis'), 8)),
  },
  { contentType: 'application/pdf', extensions: ['.pdf'], inline: false, matches: (head) => startsWith(head, ascii('%PDF-')) },
];

/** How many leading bytes sniffMediaType needs. */
export const SNIFF_BYTES = 16;

/**
 * Types a browser can run scripts in. Strapi refuses an upload when its declared type, its name's
 * type or its detected type is one of these, before the allow list is even consulted.
 */
export const ACTIVE_CONTENT_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/javascript',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'text/ecmascript',
  'application/xml',
  'text/xml',
  'application/xslt+xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/mathml+xml',
];

/** For messages: "a PNG, JPEG, GIF, WebP or AVIF image, or a PDF". */
const ALLOWED_DESCRIPTION = 'a PNG, JPEG, GIF, WebP or AVIF image, or a PDF';

export function sniffMediaType(head: Uint8Array): MediaType | undefined {
  return MEDIA_TYPES.find((type) => type.matches(head));
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/**
 * Why an upload is refused, or undefined when it may be stored: its content must be an allowed type
 * and its name must end in that type's extension, so that /uploads/ serves it as what it is.
 */
export function uploadRefusal(fileName: string, head: Uint8Array): string | undefined {
  const sniffed = sniffMediaType(head);
  if (!sniffed) {
    return `'${fileName}' is not allowed in the media library: its content is not ${ALLOWED_DESCRIPTION}. Other files could run scripts on the CMS's address.`;
  }
  if (!sniffed.extensions.includes(extensionOf(fileName))) {
    return `'${fileName}' is not allowed in the media library under that name: its content is ${sniffed.contentType}, so its name must end in ${sniffed.extensions.join(' or ')}.`;
  }
  return undefined;
}

/** Is this served Content-Type (parameters ignored) one the browser may show inline? */
function isInlineContentType(contentType: string): boolean {
  const bare = contentType.split(';')[0].trim().toLowerCase();
  return MEDIA_TYPES.some((type) => type.inline && type.contentType === bare);
}

/** A CSP that lets a file opened on its own load nothing and run nothing (images still display). */
const UPLOADS_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

/**
 * Headers for an answer under /uploads/, given the Content-Type of the file it serves (undefined
 * when it serves none, as a 404). Anything that is not an allowed image is a download, so even a
 * file stored before these checks (an .html page, an .svg with a script) is never rendered on the
 * CMS's address.
 */
export function uploadsResponseHeaders(servedContentType: string | undefined): Record<string, string> {
  const download = servedContentType !== undefined && !isInlineContentType(servedContentType);
  return {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': UPLOADS_CONTENT_SECURITY_POLICY,
    ...(download ? { 'Content-Disposition': 'attachment' } : {}),
  };
}

/**
 * Is this request path inside /uploads/? Strapi's static server decodes the path, so
 * /uploads%2Fpage.html reaches the same file as /uploads/page.html: decode, collapse repeated
 * slashes and ignore letter case (a case-insensitive disk serves /UPLOADS/ too) before comparing.
 */
export function isUploadsPath(rawPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    decoded = rawPath;
  }
  return decoded.replace(/\/+/g, '/').toLowerCase().startsWith('/uploads/');
}
