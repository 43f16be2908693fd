/**
 * Turns one discovered bundle into a PreparedBundle ready to be written: reads and hashes its
 * files, validates case.json (structured) or infers types and metadata (loose), merges a batch
 * register row, and extracts every PDF's page text. Throws AppError naming the file and field.
 */
import path from 'node:path';
import {
  BUNDLE_FORMAT,
  caseBundleSchema,
  jsonPath,
  type CaseBundle,
  type CaseBundleInput,
} from '../../shared/domain/bundle.ts';
import { DOCUMENT_TYPE_INFO, inferDocumentType, isDocumentType } from '../../shared/domain/documentTypes.ts';
import { AppError } from '../../shared/errors.ts';
import type { Provenance } from '../../shared/api/types.ts';
import { sha256 } from '../store/fileStore.ts';
import type { PreparedBundle, PreparedDocument } from '../store/queries/importWrite.ts';
import type { BundleCandidate, SourceEntry } from './bundleSource.ts';
import { checkImageBytes, fileKindOf, isDocumentFile } from './fileKinds.ts';
import { documentDate, inferCaseMetadata } from './inferMetadata.ts';
import { applyRegisterRow } from './registerMerge.ts';

export interface LoadedFile {
  entry: SourceEntry;
  bytes: Buffer;
  sha256: string;
}

export interface PdfExtractor {
  extract(bytes: Uint8Array, label: string): Promise<{ pageCount: number; pages: string[]; unreadablePages: number[] }>;
}

export async function loadFiles(candidate: BundleCandidate): Promise<Map<string, LoadedFile>> {
  const files = new Map<string, LoadedFile>();
  for (const entry of candidate.source.entries) {
    const bytes = await entry.read();
    files.set(entry.path, { entry, bytes, sha256: sha256(bytes) });
  }
  return files;
}

/** Identity of a bundle's content: every file's path and hash, independent of archive layout. */
export function bundleContentHash(files: Map<string, LoadedFile>): string {
  const list = [...files.values()].map((f) => [f.entry.path, f.sha256]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  return sha256(Buffer.from(JSON.stringify(list)));
}

function label(location: string, file: string): string {
  return `${location}/${file}`;
}

function parseManifest(location: string, manifest: LoadedFile): CaseBundle {
  const file = label(location, 'case.json');
  let json: unknown;
  try {
    json = JSON.parse(manifest.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('BUNDLE_MANIFEST_JSON', { detail: `${file}（${(err as Error).message}）`, file });
  }
  const parsed = caseBundleSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: jsonPath(i.path), message: i.message }));
    const first = issues[0]!;
    throw new AppError('BUNDLE_MANIFEST_INVALID', {
      detail: `${file} 字段 ${first.field}：${first.message}`,
      file,
      field: first.field,
      details: issues,
    });
  }
  return parsed.data;
}

interface DocPlan {
  file: LoadedFile;
  seq: number;
  declaredType: string | null;
  title: string | null;
  date: string | null;
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'zh-Hans-CN', { numeric: true });
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export async function prepareBundle(
  candidate: BundleCandidate,
  files: Map<string, LoadedFile>,
  contentHash: string,
  extractor: PdfExtractor,
): Promise<PreparedBundle> {
  const location = candidate.location;
  const warnings: string[] = [];
  const provenance: Record<string, Provenance> = {};
  let declared: CaseBundle | null = null;
  let plans: DocPlan[];

  if (candidate.shape === 'structured') {
    const manifest = files.get('case.json');
    if (!manifest)
      throw new AppError('BUNDLE_MANIFEST_JSON', {
        detail: label(location, 'case.json'),
        file: label(location, 'case.json'),
      });
    declared = parseManifest(location, manifest);
    plans = declared.documents.map((doc, index) => {
      const file = files.get(doc.file.normalize('NFC'));
      if (!file) {
        throw new AppError('BUNDLE_FILE_MISSING', {
          detail: `${label(location, doc.file)}（case.json 字段 documents[${index}].file）`,
          file: label(location, doc.file),
          field: `documents[${index}].file`,
        });
      }
      return { file, seq: index + 1, declaredType: doc.type, title: doc.title ?? null, date: doc.date ?? null };
    });
    const listed = new Set(declared.documents.map((d) => d.file.normalize('NFC')));
    for (const p of files.keys()) {
      if (p !== 'case.json' && !listed.has(p))
        warnings.push(`未在 case.json 中列出，未导入：${p} / not listed in case.json, skipped`);
    }
  } else {
    const docs = [...files.values()].filter((f) => isDocumentFile(f.entry.path));
    if (docs.length === 0) throw new AppError('BUNDLE_EMPTY', { detail: location, file: location });
    docs.sort((a, b) => naturalCompare(a.entry.path, b.entry.path));
    plans = docs.map((file, index) => ({ file, seq: index + 1, declaredType: null, title: null, date: null }));
  }

  const documents: PreparedDocument[] = await Promise.all(
    plans.map(async (plan): Promise<PreparedDocument> => {
      const p = plan.file.entry.path;
      const fileLabel = label(location, p);
      const { kind, mime } = fileKindOf(p);
      let pages: string[] = [];
      let pageCount: number | null = null;
      if (kind === 'pdf') {
        const result = await extractor.extract(plan.file.bytes, fileLabel);
        pages = result.pages;
        pageCount = result.pageCount;
        if (result.unreadablePages.length > 0) {
          warnings.push(`${p} 第 ${result.unreadablePages.join('、')} 页文字无法提取 / text of some pages unreadable`);
        }
      } else if (kind === 'image') {
        checkImageBytes(plan.file.bytes, mime, fileLabel);
        pages = [''];
        pageCount = 1;
      }
      let type = plan.declaredType && isDocumentType(plan.declaredType) ? plan.declaredType : null;
      let typeSource: PreparedDocument['typeSource'] = type ? 'declared' : 'none';
      if (plan.declaredType && !type) {
        warnings.push(
          `${p} 的文书类型“${plan.declaredType}”不在规定列表中，按“其他”导入 / unknown document type imported as other`,
        );
      }
      if (!type && !plan.declaredType) {
        const byName = inferDocumentType(baseName(p), 'name');
        const byText = byName ? null : inferDocumentType((pages[0] ?? '').slice(0, 80), 'text');
        type = byName ?? byText;
        typeSource = byName ? 'name' : byText ? 'text' : 'none';
      }
      const finalType = type ?? 'other';
      return {
        seq: plan.seq,
        type: finalType,
        typeSource,
        declaredType: plan.declaredType,
        title: plan.title ?? (plan.declaredType ? null : DOCUMENT_TYPE_INFO[finalType].zh),
        fileName: baseName(p),
        bundlePath: p,
        sha256: plan.file.sha256,
        size: plan.file.bytes.length,
        kind,
        mime,
        pageCount,
        date: plan.date ?? (declared ? null : documentDate(pages.join('\n'))),
        pages,
      };
    }),
  );

  let data: CaseBundle;
  if (declared) {
    data = declared;
    for (const key of declaredKeys(declared)) provenance[key] = 'declared';
  } else {
    const inferred = inferCaseMetadata(documents.map((d) => ({ type: d.type, pages: d.pages })));
    const input: CaseBundleInput = {
      format: BUNDLE_FORMAT,
      caseNumber: inferred.fields.caseNumber ?? folderName(location),
      ...inferred.fields,
      documents: documents.map((d) => ({ file: d.bundlePath, type: d.type, title: d.title, date: d.date })),
    };
    if (!inferred.fields.caseNumber) provenance.caseNumber = 'folder_name';
    for (const key of inferred.filled) provenance[key] = 'inferred';
    const parsed = caseBundleSchema.safeParse(input);
    if (!parsed.success) {
      // An inferred value that does not fit the schema is dropped rather than failing the bundle.
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      for (const key of bad) delete (input as Record<string, unknown>)[key];
      data = caseBundleSchema.parse({ ...input, caseNumber: input.caseNumber || folderName(location) });
    } else {
      data = parsed.data;
    }
    warnings.push(
      '松散文件夹：案件信息由文书内容推断，请核对 / loose folder: case data inferred from the documents, please check',
    );
  }

  if (candidate.registerRow) {
    data = applyRegisterRow(data, candidate.registerRow, provenance, warnings);
  }
  return { contentHash, location, shape: candidate.shape, data, provenance, warnings, documents };
}

function folderName(location: string): string {
  const last =
    location
      .split(/[/\\!]/)
      .filter(Boolean)
      .pop() ?? location;
  return path.basename(last, path.extname(last)) || location;
}

function declaredKeys(data: CaseBundle): string[] {
  const keys: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (value === null || value === undefined) return;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else if (prefix !== 'documents') keys.push(prefix);
  };
  walk({ ...data, documents: undefined }, '');
  return keys;
}
