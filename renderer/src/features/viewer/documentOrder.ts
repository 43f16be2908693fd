/**
 * The case's documents in reading order (卷内目录): grouped by type in the procedural order
 * of DOCUMENT_TYPES, and by their sequence number within a type. Previous/next document and
 * the outline both use this order, so "next" always means the next line of the outline.
 */
import { DOCUMENT_TYPES } from '../../../../shared/domain/documentTypes.ts';
import type { DocumentType } from '../../../../shared/domain/documentTypes.ts';
import type { DocumentInfo } from '../../../../shared/api/types.ts';

export interface DocumentGroup {
  type: DocumentType;
  documents: DocumentInfo[];
}

const RANK = new Map<DocumentType, number>(DOCUMENT_TYPES.map((type, index) => [type, index]));

function rank(type: DocumentType): number {
  return RANK.get(type) ?? DOCUMENT_TYPES.length;
}

export function groupDocuments(documents: readonly DocumentInfo[]): DocumentGroup[] {
  const sorted = [...documents].sort((a, b) => rank(a.type) - rank(b.type) || a.seq - b.seq || a.id - b.id);
  const groups: DocumentGroup[] = [];
  for (const document of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.type === document.type) last.documents.push(document);
    else groups.push({ type: document.type, documents: [document] });
  }
  return groups;
}

export function orderDocuments(documents: readonly DocumentInfo[]): DocumentInfo[] {
  return groupDocuments(documents).flatMap((group) => group.documents);
}
