/**
 * Checklist templates in the workspace. A template is stored as its canonical JSON (defaults
 * filled in by the parser) under (template id, version), with the sha256 of that JSON; an
 * evaluation pins all three. Same id and version with other content is refused — the author
 * must raise the version — except for a bundled template no evaluation uses yet.
 */
import { createHash } from 'node:crypto';
import type {
  TemplateDetail,
  TemplateImportResult,
  TemplatePreview,
  TemplateSummary,
  TemplateValidation,
} from '../../../shared/api/evaluationTypes.ts';
import type { CaseType, Procedure } from '../../../shared/domain/bundle.ts';
import { invalidJsonMessage } from '../../../shared/domain/issueText.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  CASE_KINDS,
  canonicalTemplateJson,
  compareVersions,
  parseTemplate,
  pickTemplate,
  templateKeyString,
  walkItems,
  type CaseKind,
  type Template,
  type TemplateIssue,
} from '../../../shared/templates/index.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';

export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** TEMPLATE_INVALID naming the first bad JSON path; `details.issues` lists every one. */
export function templateInvalid(issues: readonly TemplateIssue[], file?: string): AppError {
  const first = issues[0] ?? { path: '(root)', message: '' };
  return new AppError('TEMPLATE_INVALID', {
    detail: `${first.path}: ${first.message}${issues.length > 1 ? `（另有 ${issues.length - 1} 处 / +${issues.length - 1} more）` : ''}`,
    field: first.path,
    details: { issues },
    ...(file === undefined ? {} : { file }),
  });
}

/** Reads template JSON text; never throws, every problem comes back with its JSON path. */
export function parseTemplateText(
  text: string,
): { ok: true; template: Template } | { ok: false; errors: TemplateIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [{ path: '(root)', message: invalidJsonMessage(text, err) }] };
  }
  const result = parseTemplate(json);
  return result.ok ? result : { ok: false, errors: result.errors };
}

interface TemplateRow {
  rowId: number;
  templateId: string;
  version: string;
  name: string;
  contentHash: string;
  json: string;
  source: 'bundled' | 'user';
  importedAt: string;
  evaluationCount: number;
}

const ROW_SQL = `SELECT t.id AS rowId, t.template_id AS templateId, t.version, t.name, t.content_hash AS contentHash,
    t.json, t.source, t.imported_at AS importedAt,
    (SELECT count(*) FROM evaluations e WHERE e.template_id = t.template_id AND e.template_version = t.version)
      AS evaluationCount
  FROM templates t`;

/** Parsed templates by content hash: the stored JSON is already canonical, so parse it once. */
const parsed = new Map<string, Template>();

function templateOf(row: { contentHash: string; json: string }): Template {
  let template = parsed.get(row.contentHash);
  if (!template) {
    template = JSON.parse(row.json) as Template;
    parsed.set(row.contentHash, template);
  }
  return template;
}

function previewOf(t: Template, contentHash: string): TemplatePreview {
  return {
    templateId: t.id,
    version: t.version,
    name: t.name,
    contentHash,
    caseTypes: [...t.applicability.caseTypes] as CaseType[],
    procedures: t.applicability.procedures ? ([...t.applicability.procedures] as Procedure[]) : null,
    totalPoints: t.totalPoints,
    itemCount: walkItems(t).length,
    vetoCount: t.vetoes.length,
  };
}

/** `id@version` → the case kinds a new evaluation would get that version for. */
type Defaults = Map<string, CaseKind[]>;

function defaultsOf(db: Db): Defaults {
  const templates = allTemplates(db);
  const defaults: Defaults = new Map();
  for (const kind of CASE_KINDS) {
    const picked = pickTemplate(templates, kind);
    if (!picked) continue;
    const key = templateKeyString(picked);
    defaults.set(key, [...(defaults.get(key) ?? []), kind]);
  }
  return defaults;
}

function summaryOf(row: TemplateRow, defaults: Defaults): TemplateSummary {
  return {
    ...previewOf(templateOf(row), row.contentHash),
    source: row.source,
    importedAt: row.importedAt,
    evaluationCount: row.evaluationCount,
    defaultFor: defaults.get(`${row.templateId}@${row.version}`) ?? [],
  };
}

function rowFor(db: Db, templateId: string, version: string): TemplateRow | null {
  return (
    (stmt(db, `${ROW_SQL} WHERE t.template_id = ? AND t.version = ?`).get(templateId, version) as
      TemplateRow | undefined) ?? null
  );
}

export function listTemplates(db: Db): TemplateSummary[] {
  const rows = stmt(db, `${ROW_SQL} ORDER BY t.template_id, t.id`).all() as TemplateRow[];
  const defaults = defaultsOf(db);
  return rows
    .map((row) => summaryOf(row, defaults))
    .sort((a, b) => (a.templateId === b.templateId ? compareVersions(b.version, a.version) : 0));
}

/** One template; without a version, its highest version. */
export function getTemplate(db: Db, templateId: string, version?: string): TemplateDetail {
  let row: TemplateRow | null;
  if (version !== undefined) row = rowFor(db, templateId, version);
  else {
    const rows = stmt(db, `${ROW_SQL} WHERE t.template_id = ?`).all(templateId) as TemplateRow[];
    row = rows.sort((a, b) => compareVersions(b.version, a.version))[0] ?? null;
  }
  if (!row) {
    throw new AppError('NOT_FOUND', {
      detail: `template ${templateId}${version ? `@${version}` : ''}`,
      field: version === undefined ? 'templateId' : 'version',
    });
  }
  return { summary: summaryOf(row, defaultsOf(db)), template: templateOf(row) };
}

/** The exact template an evaluation pinned. */
export function pinnedTemplate(
  db: Db,
  templateId: string,
  version: string,
): { template: Template; contentHash: string } {
  const row = rowFor(db, templateId, version);
  if (!row) throw new AppError('NOT_FOUND', { detail: `template ${templateId}@${version}`, field: 'templateId' });
  return { template: templateOf(row), contentHash: row.contentHash };
}

/** Every stored template version, for choosing one by case type and procedure. */
export function allTemplates(db: Db): Template[] {
  return (
    stmt(db, 'SELECT content_hash AS contentHash, json FROM templates').all() as {
      contentHash: string;
      json: string;
    }[]
  ).map(templateOf);
}

/**
 * Stores a parsed template. Idempotent for identical content; CONFLICT for same id and version
 * with other content, unless it is a bundled template that no evaluation pins (then the
 * bundled file wins: it is the app's own data).
 */
export function storeTemplate(
  db: Db,
  template: Template,
  source: 'bundled' | 'user',
  actor: string,
): TemplateImportResult {
  return db.transaction((): TemplateImportResult => {
    const json = canonicalTemplateJson(template);
    const contentHash = sha256Text(json);
    const existing = rowFor(db, template.id, template.version);
    if (existing && existing.contentHash === contentHash) {
      return { summary: summaryOf(existing, defaultsOf(db)), created: false };
    }
    const now = nowIso();
    if (existing) {
      const replaceable = source === 'bundled' && existing.source === 'bundled' && existing.evaluationCount === 0;
      if (!replaceable) {
        throw new AppError('CONFLICT', {
          detail: `评查标准 ${template.id}@${template.version} 已存在且内容不同，请提高版本号 version / template ${template.id}@${template.version} exists with other content; raise its version`,
          field: 'version',
          details: { existingHash: existing.contentHash, newHash: contentHash },
        });
      }
      stmt(db, 'UPDATE templates SET name = ?, content_hash = ?, json = ?, imported_at = ? WHERE id = ?').run(
        template.name,
        contentHash,
        json,
        now,
        existing.rowId,
      );
    } else {
      stmt(
        db,
        `INSERT INTO templates (template_id, version, name, content_hash, json, source, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(template.id, template.version, template.name, contentHash, json, source, now);
    }
    appendAudit(db, {
      actor,
      entity: 'template',
      entityId: `${template.id}@${template.version}`,
      action: existing ? 'update' : 'import',
      before: existing ? { contentHash: existing.contentHash, source: existing.source } : null,
      after: { contentHash, source, name: template.name },
    });
    const row = rowFor(db, template.id, template.version)!;
    return { summary: summaryOf(row, defaultsOf(db)), created: true };
  })();
}

/** `templates:import`: JSON text in, validated with JSON-path errors, stored as a user template. */
export function importTemplateText(db: Db, text: string, actor: string): TemplateImportResult {
  const result = parseTemplateText(text);
  if (!result.ok) throw templateInvalid(result.errors);
  return storeTemplate(db, result.template, 'user', actor);
}

/**
 * `templates:validate`: what `templates:import` would say about the text, and what it would add
 * (a new template, a new version, nothing, or a refused version clash). Stores nothing.
 */
export function validateTemplateText(db: Db, text: string): TemplateValidation {
  const result = parseTemplateText(text);
  if (!result.ok) return { ok: false, errors: result.errors };
  const template = result.template;
  const contentHash = sha256Text(canonicalTemplateJson(template));
  const existingVersions = (
    stmt(db, 'SELECT version FROM templates WHERE template_id = ?').all(template.id) as { version: string }[]
  )
    .map((r) => r.version)
    .sort((a, b) => compareVersions(b, a));
  const same = rowFor(db, template.id, template.version);
  const outcome =
    existingVersions.length === 0
      ? 'new_template'
      : !same
        ? 'new_version'
        : same.contentHash === contentHash
          ? 'unchanged'
          : 'version_conflict';
  const highest = existingVersions[0];
  return {
    ok: true,
    preview: previewOf(template, contentHash),
    outcome,
    existingVersions,
    latest: highest === undefined || compareVersions(template.version, highest) >= 0,
  };
}
