/**
 * The case's documents in reading order (卷内目录): grouped by type in the procedural order
 * of DOCUMENT_TYPES, and by their sequence number within a type. Previous/next document and
 * the viewer's outline use this order, so "next" always means the next line of the outline;
 * the first of it is the document a case opens at (the API finds it by case: documents.ts).
 */
import { DOCUMENT_TYPES } from './documentTypes.ts';
import type { DocumentType } from './documentTypes.ts';

/** What the order looks at. */
export interface OrderedDocument {
  id: number;
  type: DocumentType;
  seq: number;
}

export interface DocumentGroup<D extends OrderedDocument = OrderedDocument> {
  type: DocumentType;
  documents: D[];
}

const RANK = new Map<DocumentType, number>(DOCUMENT_TYPES.map((type, index) => [type, index]));

function rank(type: DocumentType): number {
  return RANK.get(type) ?? DOCUMENT_TYPES.length;
}

export function groupDocuments<D extends OrderedDocument>(documents: readonly D[]): DocumentGroup<D>[] {
  const sorted = [...documents].sort((a, b) => rank(a.type) - rank(b.type) || a.seq - b.seq || a.id - b.id);
  const groups: DocumentGroup<D>[] = [];
  for (const document of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.type === document.type) last.documents.push(document);
    else groups.push({ type: document.type, documents: [document] });
  }
  return groups;
}

export function orderDocuments<D extends OrderedDocument>(documents: readonly D[]): D[] {
  return groupDocuments(documents).flatMap((group) => group.documents);
}
