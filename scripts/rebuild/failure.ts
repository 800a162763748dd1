/**
 * The entry a failed build names, read from the failure reason (the site build's loader errors,
 * see site/src/lib/cms/loader.ts and shared/src/parse.ts), so the CMS admin can point the editor
 * at it instead of showing the whole log.
 */
import { stripVTControlCharacters } from 'node:util';

export type FailedEntry = {
  /** The content type as the loader writes it, e.g. "physician", "clinical trial", "site settings". */
  type: string;
  /** Null for a single type, which has no slug. */
  slug: string | null;
  documentId: string | null;
  /**
   * The field of that entry the contract refused, as the loader writes the path, e.g. "npi",
   * "hours[0].closes" or "physicians[0].slug" (a field of a linked entry: the loader names the
   * entry it was reading, which links to the one to fix).
   */
  field: string | null;
  /** What is wrong with it, e.g. "must be a slug: lowercase letters and digits …". */
  message: string | null;
};

/** "1. physician 'amara-okafor' (documentId abc) does not match the content contract …" (shared/src/parse.ts). */
const CONTRACT_FAILURE =
  /^(?:\s*\d+\.\s+|.*?Error:\s+)?([a-z]+(?: [a-z]+)?) (?:'([^']*)' )?\(documentId ([^)\s]+)\) does not match the content contract/;
/** "✖ must be a slug: …" then "→ at physicians[0].slug" (zod's prettifyError). */
const ISSUE = /^\s*✖\s+(.+)$/;
const ISSUE_PATH = /^\s*→ at (.+)$/;
/** "Two physicians have the slug 'x' (documentIds a and b); …" (the loader's duplicate check). */
const DUPLICATE_SLUG = /Two ([a-z]+(?: [a-z]+)?) have the slug '([^']*)' \(documentIds ([^\s)]+) and ([^\s)]+)\)/;

/** "clinical trials" → "clinical trial", "specialties" → "specialty". */
function singular(plural: string): string {
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  return plural.endsWith('s') ? plural.slice(0, -1) : plural;
}

/** The first entry a failure reason names, with the first field refused; null when it names none (CMS down, broken links…). */
export function failedEntryFrom(reason: string): FailedEntry | null {
  const lines = reason.split(/\r?\n/).map((line) => stripVTControlCharacters(line));
  for (let index = 0; index < lines.length; index += 1) {
    const entry = CONTRACT_FAILURE.exec(lines[index]);
    if (!entry) continue;
    const [, type, slug, documentId] = entry;
    let message: string | null = null;
    let field: string | null = null;
    for (const line of lines.slice(index + 1)) {
      if (CONTRACT_FAILURE.test(line)) break;
      const issue = ISSUE.exec(line);
      if (issue && message !== null) break;
      if (issue) message = issue[1].trim();
      const path = ISSUE_PATH.exec(line);
      if (path && message !== null) {
        field = path[1].trim();
        break;
      }
    }
    return { type, slug: slug ?? null, documentId, field, message };
  }
  const duplicate = DUPLICATE_SLUG.exec(reason);
  if (duplicate) {
    const [, plural, slug, documentId, otherDocumentId] = duplicate;
    return { type: singular(plural), slug, documentId, field: 'slug', message: `is also the slug of another ${singular(plural)} (documentId ${otherDocumentId}); each page needs its own` };
  }
  return null;
}
