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

export function reportFileStem(model: ReportModel): string {
  const label = REPORT_KIND_LABELS[model.kind];
  const subject =
    model.kind === 'case_score_sheet'
      ? model.case.caseNumber
      : model.kind === 'campaign_report'
        ? model.documentNumber || model.period.label
        : `${model.addressee}-${model.documentNumber}`;
  const version = model.version > 1 ? `（第${model.version}版）` : '';
  return sanitizeFileStem(`${label}-${subject}${version}`);
}

export function reportFileName(model: ReportModel, format: ReportFileFormat): string {
  return `${reportFileStem(model)}.${format}`;
}
