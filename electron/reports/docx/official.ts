/**
 * An OfficialDocument (shared/reports/outline) as DOCX in the GB/T 9704 layout: A4 with margins
 * 37/35/28/26 mm (text block 156 × 225 mm); red issuing-body mark, 发文字号 and red rule; 2号
 * 小标宋 title in balanced lines; 3号 仿宋 body at exactly 28.9 pt (22 lines a page); 黑体 and
 * 楷体 headings; tables in 宋体 with header rows repeated on every page; 附件说明 with hanging
 * lines; signature centred over the date, 4 characters in from the right; annexes on new
 * pages; the 版记 between rules; page numbers "— 1 —" in 4号 宋体 on the outside.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { formatDate } from '../../../shared/reports/format.ts';
import { balancedTitleLines } from '../../../shared/reports/outline/titleLines.ts';
import type { Block, OfficialDocument, TableBlock } from '../../../shared/reports/outline/types.ts';
import { chartParagraph } from './chart.ts';
import { stylesXml } from './styles.ts';
import { cellParagraph, emWidth, lines, mm, pt, PT, ruledBorders, run, type FontKey } from './text.ts';

/** The 156 mm text block and the fixed body pitch of 28.9 pt. */
const BLOCK = mm(156);
const LINE = pt(28.9);
const BODY_EM = pt(PT.sanhao);
const RED = 'E60012';

function bodyParagraph(
  text: string,
  options: { font?: FontKey; indentEm?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: (options.indentEm ?? 2) * BODY_EM },
    keepNext: options.keepNext ?? false,
    children: [run(text, options.font ?? 'fang', PT.sanhao)],
  });
}

function tableOf(t: TableBlock): (Paragraph | Table)[] {
  const size = t.dense ? PT.wuhao : PT.xiaosi;
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * BLOCK));
  widths[widths.length - 1]! += BLOCK - widths.reduce((a, b) => a + b, 0);
  const align = (i: number) =>
    t.columns[i]?.align === 'center'
      ? AlignmentType.CENTER
      : t.columns[i]?.align === 'right'
        ? AlignmentType.RIGHT
        : AlignmentType.LEFT;
  const cell = (text: string, i: number, font: FontKey, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: text
        .split('\n')
        .map((line) =>
          cellParagraph([run(line, font, size)], { align: header ? AlignmentType.CENTER : align(i), sizePt: size }),
        ),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c.title, i, 'hei', true)),
  });
  const rows = t.rows.map((row) => {
    const total = row[0] === '合计' || row[1] === '合计';
    return new TableRow({
      cantSplit: true,
      children: row.map((text, i) => cell(text, i, total ? 'hei' : 'song', false)),
    });
  });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: BLOCK, type: WidthType.DXA },
    columnWidths: widths,
    borders: ruledBorders(6),
    rows: [header, ...rows],
  });
  const caption = t.caption
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120, line: pt(22), lineRule: LineRuleType.EXACT },
          children: [run(t.caption, 'hei', PT.sihao)],
        }),
      ]
    : [];
  // A short paragraph after the table keeps the next body line off its bottom rule.
  const after = new Paragraph({
    spacing: { line: pt(8), lineRule: LineRuleType.EXACT },
    children: [run('', 'fang', 4)],
  });
  return [...caption, table, after];
}

function blockOf(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [bodyParagraph(b.text, { font: b.level === 1 ? 'hei' : 'kai', keepNext: true })];
    case 'paragraph':
      return [bodyParagraph(b.text)];
    case 'table':
      return tableOf(b);
    case 'chart':
      return [chartParagraph(b.chart)];
  }
}

/** The 版头: issuing body as large as fits (≤ 42 pt, red 小标宋), 发文字号, red rule 4 mm below it. */
function head(doc: OfficialDocument): Paragraph[] {
  const size = Math.min(42, Math.floor((442 / Math.max(emWidth(doc.issuingBody), 1)) * 0.96));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: pt(size * 1.25), lineRule: LineRuleType.EXACT },
      children: [run(doc.issuingBody, 'title', size, { color: RED })],
    }),
    new Paragraph({ children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      children: [run(doc.documentNumber, 'fang', PT.sanhao)],
    }),
  ];
}

function titleParagraph(text: string, before: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after: LINE, line: pt(35), lineRule: LineRuleType.EXACT },
    keepNext: true,
    children: lines(balancedTitleLines(text, 20), 'title', PT.erhao),
  });
}

/** 附件：1. … with the following lines hanging under the first title (GB/T 9704 7.3.4). */
function attachments(list: readonly string[]): Paragraph[] {
  if (list.length === 0) return [];
  const numbered = list.length > 1;
  const hang = numbered ? 1.25 : 0;
  return list.map(
    (title, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? LINE : 0 },
        indent: { left: Math.round((5 + hang) * BODY_EM), hanging: Math.round((i === 0 ? 3 + hang : hang) * BODY_EM) },
        children: [run(`${i === 0 ? '附件：' : ''}${numbered ? `${i + 1}. ` : ''}${title}`, 'fang', PT.sanhao)],
      }),
  );
}

/** Issuing body centred over the date; the date 4 characters in from the right (加盖印章的公文). */
function signature(doc: OfficialDocument): Paragraph[] {
  const date = formatDate(doc.signature.date);
  const dateIndent = 4 * BODY_EM;
  const bodyIndent = Math.max(
    0,
    Math.round(dateIndent + ((emWidth(date) - emWidth(doc.signature.body)) / 2) * BODY_EM),
  );
  const seal = doc.signature.seal
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: dateIndent },
          children: [run(doc.signature.seal, 'fang', PT.sanhao, { color: RED })],
        }),
      ]
    : [];
  return [
    new Paragraph({
      spacing: { before: 2 * LINE },
      alignment: AlignmentType.RIGHT,
      indent: { right: bodyIndent },
      keepNext: true,
      children: [run(doc.signature.body, 'fang', PT.sanhao)],
    }),
    ...seal,
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateIndent },
      children: [run(date, 'fang', PT.sanhao)],
    }),
  ];
}

function annexes(doc: OfficialDocument): (Paragraph | Table)[] {
  return doc.annexes.flatMap((a) => [
    new Paragraph({ pageBreakBefore: true, children: [run(a.label, 'hei', PT.sanhao)] }),
    titleParagraph(a.title, LINE),
    ...a.blocks.flatMap(blockOf),
  ]);
}

/** The 版记: 抄送 and 印发 lines between a heavier first and last rule, 4号 仿宋. */
function colophon(doc: OfficialDocument): Paragraph[] {
  const heavy = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  const size = PT.sihao;
  const inset = pt(size);
  const line = { line: pt(size * 1.9), lineRule: LineRuleType.EXACT };
  const cc = doc.colophon.cc
    ? [
        new Paragraph({
          spacing: { before: 2 * LINE, ...line },
          indent: { left: inset, right: inset, hanging: 3 * inset },
          border: { top: heavy },
          keepNext: true,
          children: [run(`抄送：${doc.colophon.cc}。`, 'fang', size)],
        }),
      ]
    : [];
  return [
    ...cc,
    new Paragraph({
      spacing: { ...(cc.length ? {} : { before: 2 * LINE }), ...line },
      indent: { left: inset, right: inset },
      border: { top: cc.length ? thin : heavy, bottom: heavy },
      tabStops: [{ type: TabStopType.RIGHT, position: BLOCK - 2 * inset }],
      children: [
        run(doc.colophon.printer, 'fang', size),
        run(`\t${formatDate(doc.colophon.printedOn)}印发`, 'fang', size),
      ],
    }),
  ];
}

function pageNumberFooter(align: 'left' | 'right'): Footer {
  const em = pt(PT.sihao);
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: em } : { left: em },
        children: [
          run('— ', 'song', PT.sihao),
          run('', 'song', PT.sihao, { children: [PageNumber.CURRENT] }),
          run(' —', 'song', PT.sihao),
        ],
      }),
    ],
  });
}

/** Page setup, odd/even footers and the body of one official document. */
export function officialSection(doc: OfficialDocument): ISectionOptions {
  const children: (Paragraph | Table)[] = [
    ...head(doc),
    titleParagraph(doc.title, 2 * LINE),
    new Paragraph({ children: [run(`${doc.addressee}：`, 'fang', PT.sanhao)] }),
    ...doc.body.flatMap(blockOf),
    ...attachments(doc.attachments),
    ...signature(doc),
    ...(doc.note ? [bodyParagraph(`（${doc.note}）`)] : []),
    ...annexes(doc),
    ...colophon(doc),
    ...(doc.stamp ? [new Paragraph({ children: [run(doc.stamp, 'song', PT.xiaowu, { color: '444444' })] })] : []),
  ];
  return {
    properties: {
      page: {
        size: { width: mm(210), height: mm(297) },
        // The footer's baseline sits about 7 mm under the text block (GB/T 9704 7.5).
        margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(22) },
      },
    },
    footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
    children,
  };
}

/** Document-wide defaults: 3号 仿宋, zh-CN, exactly 28.9 pt. */
export function officialDocument(doc: OfficialDocument): Document {
  return new Document({
    creator: doc.issuingBody,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    externalStyles: stylesXml({ font: 'fang', sizePt: PT.sanhao, lineTwips: LINE }),
    sections: [officialSection(doc)],
  });
}
