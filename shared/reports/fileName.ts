/**
 * File names of exported reports, in Chinese: 案卷评查表-津滨大沽执罚〔2025〕27号.docx. Characters
 * Windows forbids (<>:"/\|?* and control characters) become full-width look-alikes or "_",
 * trailing dots and spaces go, reserved device names get a prefix, and the stem is capped so
 * the full path stays well under Windows' 260-character limit.
 */
import type { ReportModel } from './model.ts';
import { REPORT_KIND_LABELS } from './model.ts';

export const REPORT_FILE_FORMATS = ['pdf', 'docx', 'xlsx', 'json', 'html'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

const FULL_WIDTH: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  ':': '：',
  '"': '＂',
  '/': '／',
  '\\': '＼',
  '|': '｜',
  '?': '？',
  '*': '＊',
};

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_STEM = 120;

export function sanitizeFileStem(stem: string): string {
  let out = '';
  for (const ch of stem.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) out += '_';
    else out += FULL_WIDTH[ch] ?? ch;
  }
  out = out
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (out === '') out = '报告';
  if (RESERVED.test(out)) out = `_${out}`;
  return [...out].slice(0, MAX_STEM).join('');
}

/** What a file name is made of; the store reads these without parsing a whole frozen model. */
export interface FileStemParts {
  kind: ReportModel['kind'];
  version: number;
  caseNumber?: string | null | undefined;
  documentNumber?: string | null | undefined;
  periodLabel?: string | null | undefined;
  addressee?: string | null | undefined;
}

export function fileStemOf(parts: FileStemParts): string {
  const label = REPORT_KIND_LABELS[parts.kind];
  const subject =
    parts.kind === 'case_score_sheet'
      ? (parts.caseNumber ?? '')
      : parts.kind === 'campaign_report'
        ? parts.documentNumber || (parts.periodLabel ?? '')
        : [parts.addressee, parts.documentNumber].filter(Boolean).join('-');
  const version = parts.version > 1 ? `（第${parts.version}版）` : '';
  return sanitizeFileStem(`${label}-${subject}${version}`);
}

export function reportFileStem(model: ReportModel): string {
  return fileStemOf({
    kind: model.kind,
    version: model.version,
    caseNumber: model.kind === 'case_score_sheet' ? model.case.caseNumber : null,
    documentNumber: model.kind === 'case_score_sheet' ? null : model.documentNumber,
    periodLabel: model.kind === 'campaign_report' ? model.period.label : null,
    addressee: model.kind === 'rectification_notice' ? model.addressee : null,
  });
}

export function reportFileName(model: ReportModel, format: ReportFileFormat): string {
  return `${reportFileStem(model)}.${format}`;
}
