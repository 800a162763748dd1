/**
 * Why the preview cannot show an entry, in an editor's words: which entry (its type as the admin
 * names it, its title, its documentId), which field, and what to do. The preview server shows
 * these on its 422 page; the content store makes one for every entry that breaks the contract.
 */
import { CONTENT_TYPES, DEFAULT_LOCALE, type ContentTypeName, type LocaleCode } from '@mbc/shared';

/** The content types as the CMS admin names them (their displayName). */
export const TYPE_LABELS: Record<ContentTypeName, string> = {
  subtype: 'Breast cancer subtype',
  treatment: 'Treatment',
  diagnosticTest: 'Diagnostic test',
  location: 'Clinic location',
  physician: 'Physician',
  specialty: 'Specialty',
  clinicalTrial: 'Clinical trial',
  supportService: 'Support service',
  conditionPage: 'Overview page',
  siteSettings: 'Site settings',
};

/** A locale's language as the admin's editors read it (English): "Spanish". */
export const languageName = (locale: LocaleCode): string => new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;

export interface FieldProblem {
  /** The field's path in the entry, e.g. `summary` or `medicalReview.nextReviewDue`; empty for the entry as a whole. */
  field: string;
  /** What to do, in a sentence. */
  fix: string;
}

export interface EntryProblem {
  type: ContentTypeName;
  /** null for a single type that does not exist yet. */
  documentId: string | null;
  /** The slug, if the entry has one (its page's address). */
  slug: string | null;
  /** How an editor finds the entry: its name, title or full name, else its slug; null for a single type (its type names it). */
  title: string | null;
  fields: FieldProblem[];
  /** Which version: the default locale's (the entry itself) or its version in another locale. */
  locale: LocaleCode;
  /**
   * The pages it stops (set by the content store): its entry's page in its locale, and a default
   * locale entry's page in the other locales too. Empty for a single type, which stops every page
   * of its locale (site settings) or its home page (the overview).
   */
  pages: readonly string[];
}

/** A content contract issue (Zod's), as far as this file reads it. */
interface ContractIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/** "Invalid input: expected string, received null" reads badly: an empty field is said as such. */
function fixFor(issue: ContractIssue): string {
  const empty = /received (null|undefined)/.test(issue.message) || (issue.code === 'too_small' && /string|>=1 character/.test(issue.message));
  if (empty) return 'This field is empty: fill it in. The site needs it, even though the CMS lets a draft be saved without it.';
  return `${issue.message.replace(/\.$/, '')}. Correct the field and save.`;
}

function isFieldProblem(issue: ContractIssue | FieldProblem): issue is FieldProblem {
  return 'fix' in issue;
}

export function describeProblem(
  type: ContentTypeName,
  raw: Record<string, unknown> | null,
  issues: readonly (ContractIssue | FieldProblem)[],
  locale: LocaleCode = DEFAULT_LOCALE,
): EntryProblem {
  const text = (key: string) => (typeof raw?.[key] === 'string' && (raw[key] as string).trim() !== '' ? (raw[key] as string).trim() : null);
  const slug = text('slug');
  return {
    type,
    documentId: text('documentId'),
    slug,
    title: CONTENT_TYPES[type].kind === 'single' ? null : (text('name') ?? text('title') ?? text('fullName') ?? slug ?? '(untitled)'),
    fields: issues.map((issue) => (isFieldProblem(issue) ? issue : { field: issue.path.map(String).join('.'), fix: fixFor(issue) })),
    locale,
    pages: [],
  };
}
