/**
 * The unit's reply to a rectification item (整改情况回复): text plus evidence files. The files
 * arrive staged by a door (browser mode: an upload folder; Electron: paths the user dropped or
 * picked), are read and checked before anything is written, stored by SHA-256 in the
 * workspace's file store, and recorded with the reply in one transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AttachmentView, RectificationReplyResult } from '../../../shared/api/rectificationTypes.ts';
import { AppError } from '../../../shared/errors.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { sha256, type FileStore } from '../fileStore.ts';
import { appendAudit } from './audit.ts';
import { replies, rectificationView } from './rectificationViews.ts';
import { appendEvent, assertIssued, itemRow } from './rectificationWrites.ts';

export const MAX_REPLY_FILES = 20;
export const MAX_REPLY_FILE_BYTES = 50 * 1024 * 1024;

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  wps: 'application/vnd.ms-works',
  txt: 'text/plain',
  zip: 'application/zip',
};

export function mimeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 && MIME[fileName.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

export interface StagedFile {
  name: string;
  bytes: Buffer;
}

/**
 * Reads what a door staged: files as they are, folders (a browser upload) walked with names
 * relative to the folder. Symbolic links are refused, as in bundles; so are too many or too
 * large files, each error naming the file.
 */
export function readStagedFiles(paths: readonly string[]): StagedFile[] {
  const out: StagedFile[] = [];
  const add = (file: string, name: string) => {
    const stat = fs.lstatSync(file);
    if (stat.isSymbolicLink()) throw new AppError('FILE_SYMLINK', { detail: name, file: name, field: 'stagingId' });
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) add(path.join(file, entry), `${name}/${entry}`);
      return;
    }
    if (!stat.isFile()) return;
    if (stat.size > MAX_REPLY_FILE_BYTES) {
      throw new AppError('FILE_TOO_LARGE', {
        detail: `${name}：${stat.size} 字节，上限 ${MAX_REPLY_FILE_BYTES}`,
        file: name,
        field: 'stagingId',
      });
    }
    if (out.length >= MAX_REPLY_FILES) {
      throw new AppError('VALIDATION', {
        detail: `附件最多 ${MAX_REPLY_FILES} 个 / at most ${MAX_REPLY_FILES} files`,
        file: name,
        field: 'stagingId',
      });
    }
    out.push({ name, bytes: fs.readFileSync(file) });
  };
  for (const p of paths) {
    const stat = fs.lstatSync(p);
    if (stat.isDirectory() && !stat.isSymbolicLink()) {
      // An upload folder: its own name is a staging id, not something the unit named.
      for (const entry of fs.readdirSync(p).sort()) add(path.join(p, entry), entry);
    } else add(p, path.basename(p));
  }
  return out;
}

export function replyToRectification(
  ws: { db: Db; files: FileStore },
  input: { id: number; text: string; files: readonly StagedFile[]; actor: string },
  today: string,
): RectificationReplyResult {
  const { db } = ws;
  // Checked before any bytes are stored, so a refused reply leaves nothing behind.
  const row = itemRow(db, input.id);
  assertIssued(row, 'id');
  if (row.status === 'accepted') {
    throw new AppError('LOCKED', {
      detail: `整改事项 #${row.id} 已验收，不能再回复 / accepted items take no replies`,
      field: 'id',
    });
  }
  const stored = input.files.map((f) => ({
    name: f.name,
    size: f.bytes.length,
    sha: ws.files.put(f.bytes, sha256(f.bytes)),
  }));
  return db.transaction(() => {
    const at = nowIso();
    const fresh = itemRow(db, input.id);
    if (fresh.status === 'accepted')
      throw new AppError('LOCKED', { detail: `整改事项 #${row.id} 已验收`, field: 'id' });
    const replyId = Number(
      stmt(db, 'INSERT INTO rectification_replies (rectification_id, text, at, by) VALUES (?, ?, ?, ?)').run(
        row.id,
        input.text.trim(),
        at,
        input.actor,
      ).lastInsertRowid,
    );
    const insertBlob = stmt(db, 'INSERT OR IGNORE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)');
    const insertFile = stmt(
      db,
      'INSERT INTO rectification_attachments (reply_id, file_name, sha256, size, mime) VALUES (?, ?, ?, ?, ?)',
    );
    for (const f of stored) {
      const mime = mimeOf(f.name);
      insertBlob.run(f.sha, f.size, mime, at);
      insertFile.run(replyId, f.name, f.sha, f.size, mime);
    }
    const files = stored.map((f) => ({ fileName: f.name, size: f.size, sha256: f.sha }));
    stmt(db, 'UPDATE rectifications SET updated_at = ? WHERE id = ?').run(at, row.id);
    appendEvent(db, { rectificationId: row.id, at, actor: input.actor, action: 'reply', replyId, detail: { files } });
    appendAudit(db, {
      actor: input.actor,
      at,
      entity: 'rectification',
      entityId: row.id,
      action: 'reply',
      after: { replyId, text: input.text.trim(), files },
    });
    return { item: rectificationView(db, row.id, today), reply: replies(db, row.id).find((r) => r.id === replyId)! };
  })();
}

export function attachmentBlob(db: Db, attachmentId: number): AttachmentView {
  const row = stmt(
    db,
    `SELECT id, reply_id AS replyId, file_name AS fileName, size, mime, sha256 FROM rectification_attachments WHERE id = ?`,
  ).get(attachmentId) as AttachmentView | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `附件 attachment ${attachmentId}`, field: 'attachmentId' });
  return row;
}
