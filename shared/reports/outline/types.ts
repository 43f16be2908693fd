/**
 * An official document (公文) as blocks: what the 通报 and the 整改通知书 say, in order, with
 * no layout. The HTML and DOCX writers both render this one outline, so the wording, the
 * numbers and the table contents are written once and the two formats cannot drift apart.
 */
import type { BarChart } from '../model.ts';

export type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  title: string;
  /** Relative width; the writers scale the weights to the text block. */
  width: number;
  align?: Align;
}

export interface TableBlock {
  type: 'table';
  /** 表1 各单位案卷抽取情况: printed above the table. */
  caption: string;
  columns: TableColumn[];
  rows: string[][];
  /** Smaller type (五号) for wide tables. */
  dense?: boolean;
}

export type Block =
  /** Level 1 一、 in 黑体, level 2 （一） in 楷体. */
  | { type: 'heading'; level: 1 | 2; text: string }
  /** A body paragraph with a first-line indent of two characters. */
  | { type: 'paragraph'; text: string }
  | TableBlock
  | { type: 'chart'; chart: BarChart };

export interface Annex {
  /** 附件1 */
  label: string;
  title: string;
  blocks: Block[];
}

export interface OfficialDocument {
  issuingBody: string;
  documentNumber: string;
  title: string;
  /** 主送, printed flush left with a full-width colon. */
  addressee: string;
  body: Block[];
  /** 附件说明: the titles of the annexes, numbered when there are several. */
  attachments: string[];
  signature: { body: string; date: string; seal: string | null };
  /** 附注, in parentheses under the date (contact person). */
  note: string | null;
  annexes: Annex[];
  colophon: { cc: string | null; printer: string; printedOn: string };
  /** Version and content hash of an issued or reissued document; null for a first draft. */
  stamp: string | null;
}
