/**
 * Builds the check input from a parsed case.json and the page texts of its documents — what
 * the importer stores. Document ids are the bundle paths; unknown types count as `other`.
 */
import type { BundleDocument, CaseBundle } from '../domain/bundle.ts';
import { isDocumentType } from '../domain/documentTypes.ts';
import type { CheckCase, CheckPage } from './types.ts';

export type PagesOf = (doc: BundleDocument, index: number) => CheckPage[];

export function checkCaseFromBundle(bundle: CaseBundle, pagesOf: PagesOf = () => []): CheckCase {
  return {
    caseNumber: bundle.caseNumber,
    caseType: bundle.caseType,
    procedure: bundle.procedure ?? null,
    party: bundle.party ?? null,
    officers: bundle.officers,
    penalty: bundle.penalty ?? null,
    flags: bundle.flags,
    dates: bundle.dates,
    documents: bundle.documents.map((doc, i) => ({
      id: doc.file,
      seq: i + 1,
      type: isDocumentType(doc.type) ? doc.type : 'other',
      title: doc.title ?? null,
      date: doc.date ?? null,
      pages: pagesOf(doc, i),
    })),
  };
}
