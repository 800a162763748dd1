/**
 * How pages find related entries. Relations arrive as small links (documentId, name, slug); a page
 * that shows more (a physician card with photo and specialty) looks the full entry up here, and
 * inverse relations the CMS does not send (trials led by a physician, trials at a location) are
 * worked out from the other side.
 */

interface Document {
  documentId: string;
}

/** documentId → entry for each frozen list (src/lib/content.ts freezes its lists for a build). */
const indexes = new WeakMap<readonly Document[], Map<string, Document>>();

function indexById<Entry extends Document>(entries: readonly Entry[]): Map<string, Entry> {
  // A frozen list cannot change, so its index is built once for all the pages that use it
  // (with 10,000 physicians, once per location page was seconds of a build).
  if (!Object.isFrozen(entries)) return new Map(entries.map((entry) => [entry.documentId, entry]));
  let index = indexes.get(entries);
  if (!index) {
    index = new Map(entries.map((entry) => [entry.documentId, entry]));
    indexes.set(entries, index);
  }
  return index as Map<string, Entry>;
}

/** Full entries for a list of links, in the links' order; links to entries that are not published are skipped. */
export function resolveLinks<Entry extends Document>(links: readonly Document[], entries: readonly Entry[]): Entry[] {
  const byId = indexById(entries);
  return links.flatMap((link) => {
    const entry = byId.get(link.documentId);
    return entry ? [entry] : [];
  });
}

/** For each frozen list and relation key: documentId → the entries whose relation includes it. */
const inverseIndexes = new WeakMap<readonly unknown[], Map<PropertyKey, Map<string, unknown[]>>>();

function linkedDocumentIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((link: Document) => link.documentId);
  const link = value as Document | null | undefined;
  return link ? [link.documentId] : [];
}

function inverseIndex<Entry>(entries: readonly Entry[], key: keyof Entry): Map<string, Entry[]> {
  const build = () => {
    const index = new Map<string, Entry[]>();
    for (const entry of entries) {
      for (const documentId of new Set(linkedDocumentIds(entry[key]))) {
        const linked = index.get(documentId);
        if (linked) linked.push(entry);
        else index.set(documentId, [entry]);
      }
    }
    return index;
  };
  // As indexById: built once per frozen list (each of 10,000 physician pages looked through 500 trials).
  if (!Object.isFrozen(entries)) return build();
  let byKey = inverseIndexes.get(entries);
  if (!byKey) inverseIndexes.set(entries, (byKey = new Map()));
  let index = byKey.get(key) as Map<string, Entry[]> | undefined;
  if (!index) byKey.set(key, (index = build()));
  return index;
}

/** Entries whose relation `key` includes the given document, e.g. trials whose locations include this clinic; in the list's order. */
export function entriesLinkedTo<Entry, Key extends keyof Entry>(
  entries: readonly Entry[],
  key: Key,
  target: Document,
): Entry[] {
  return [...(inverseIndex(entries, key).get(target.documentId) ?? [])];
}

/** Groups entries by a key, groups in `order` (keys not in `order` last), entries keeping their order. */
export function groupInOrder<Entry, Key extends string>(
  entries: readonly Entry[],
  keyOf: (entry: Entry) => Key,
  order: readonly Key[],
): { key: Key; entries: Entry[] }[] {
  const groups = new Map<Key, Entry[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const rank = (key: Key) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([key, grouped]) => ({ key, entries: grouped }));
}
