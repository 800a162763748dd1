/**
 * Strapi accepts relation input in several shapes (an id list, { set }, { connect, disconnect },
 * a single id for to-one relations). This works out which related entries a save leaves in place,
 * so rules like "a physician needs at least one location" can be checked before the write.
 */

export type RelatedRef = {
  documentId?: string;
  id?: number;
  /** Whether the related entry has a published version; set at publish for RELATIONS_PUBLISHED_AT_PUBLISH. */
  published?: boolean;
};

function toRef(item: unknown): RelatedRef | null {
  if (item === null || item === undefined) return null;
  if (typeof item === 'string') return /^\d+$/.test(item) ? { id: Number(item) } : { documentId: item };
  if (typeof item === 'number') return { id: item };
  if (typeof item === 'object') {
    const { documentId, id } = item as { documentId?: unknown; id?: unknown };
    const ref: RelatedRef = {};
    if (typeof documentId === 'string') ref.documentId = documentId;
    if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) ref.id = Number(id);
    return ref.documentId || ref.id !== undefined ? ref : null;
  }
  return null;
}

function toRefs(items: unknown): RelatedRef[] {
  const list = Array.isArray(items) ? items : [items];
  return list.map(toRef).filter((ref): ref is RelatedRef => ref !== null);
}

function sameEntry(a: RelatedRef, b: RelatedRef): boolean {
  return (a.documentId !== undefined && a.documentId === b.documentId) || (a.id !== undefined && a.id === b.id);
}

/**
 * The related entries after applying `input` to `existing`.
 * `input === undefined` means the save does not touch the relation.
 */
export function relatedAfterSave(existing: RelatedRef[], input: unknown): RelatedRef[] {
  if (input === undefined) return existing;
  if (input === null) return [];
  if (Array.isArray(input) || typeof input !== 'object' || !('connect' in input || 'disconnect' in input || 'set' in input)) {
    return toRefs(input);
  }
  const operations = input as { set?: unknown; connect?: unknown; disconnect?: unknown };
  let result = operations.set !== undefined ? toRefs(operations.set) : [...existing];
  if (operations.disconnect !== undefined) {
    const removed = toRefs(operations.disconnect);
    result = result.filter((ref) => !removed.some((gone) => sameEntry(ref, gone)));
  }
  if (operations.connect !== undefined) {
    for (const added of toRefs(operations.connect)) {
      if (!result.some((ref) => sameEntry(ref, added))) result.push(added);
    }
  }
  return result;
}
