/**
 * 案卷评查表 as DOCX: the same form as the print HTML (header grid, vetoes two to a row, the
 * scored items with category subtotals, conclusion, rectification items, signature lines) in
 * 宋体 五号 / 小五 on portrait A4, header rows repeated on every page, "— 1 —" centred below.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  VerticalAlign,
  WidthType,
  type TextRun,
} from 'docx';
import {
  FULL_SPACE,
  formatCitation,
  formatDate,
  formatDeduction,
  formatScore,
  issueStampText,
} from '../../../shared/reports/format.ts';
import { ITEM_STATUS_LABELS, type CaseScoreSheet, type SheetItem } from '../../../shared/reports/model.ts';
import { stylesXml } from './styles.ts';
import { cellParagraph, mm, pt, PT, ruledBorders, run, type FontKey } from './text.ts';

const WIDTH = mm(180);
const SIZE = PT.xiaowu;
const SMALL = 8;
const GREY = 'EEEEEE';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface CellSpec {
  /** Lines of the cell, each a list of runs. */
  lines: TextRun[][];
  align?: Align;
  span?: number;
  shade?: boolean;
}

const text = (t: string, font: FontKey = 'song', size: number = SIZE): TextRun[] => [run(t, font, size)];
const plain = (t: string, align?: Align, font: FontKey = 'song'): CellSpec => ({
  lines: [text(t, font)],
  ...(align ? { align } : {}),
});
const head = (t: string): CellSpec => ({ lines: [text(t, 'hei')], align: AlignmentType.CENTER, shade: true });

function table(weights: readonly number[], rows: readonly CellSpec[][], headerRows = 0): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * WIDTH));
  widths[widths.length - 1]! += WIDTH - widths.reduce((a, b) => a + b, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: ruledBorders(4),
    rows: rows.map((cells, r) => {
      let col = 0;
      return new TableRow({
        tableHeader: r < headerRows,
        cantSplit: true,
        children: cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: span,
            verticalAlign: VerticalAlign.CENTER,
            margins: { top: 20, bottom: 20, left: 60, right: 60 },
            ...(c.shade ? { shading: { type: ShadingType.CLEAR, fill: GREY, color: 'auto' } } : {}),
            children: c.lines.map((runs) =>
              cellParagraph(runs, { align: c.align ?? AlignmentType.LEFT, sizePt: SIZE }),
            ),
          });
        }),
      });
    }),
  });
}

function heading(t: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 60, line: pt(16), lineRule: LineRuleType.EXACT },
    children: [run(t, 'hei', PT.wuhao)],
  });
}

function spread(label: string): string {
  const chars = [...label];
  return chars.length === 2 ? `${chars[0]}${FULL_SPACE}${FULL_SPACE}${chars[1]}` : label;
}

function headerGrid(s: CaseScoreSheet): Table {
  const c = s.case;
  const names = (list: typeof s.reviewers) => list.map((r) => (r.unit ? `${r.name}（${r.unit}）` : r.name)).join('、');
  const label = (t: string): CellSpec => ({ ...head(spread(t)) });
  const row = (a: string, b: string, c2: string, d: string) => [label(a), plain(b), label(c2), plain(d)];
  const kind = c.procedureLabel ? `${c.caseTypeLabel}（${c.procedureLabel}）` : c.caseTypeLabel;
  return table(
    [13, 37, 13, 37],
    [
      row('案号', c.caseNumber, '执法机关', c.agency),
      row('案由', c.cause, '被评查单位', c.unit),
      row(
        '当事人',
        `${c.party.name}（${c.party.kindLabel}）`,
        '证件号码',
        c.party.idNumber ? `${c.party.idLabel}：${c.party.idNumber}` : '',
      ),
      row('案件类型', kind, '处理结果', c.outcome ?? ''),
      row('立案日期', formatDate(c.filedOn), '决定日期', formatDate(c.decidedOn)),
      row('评查标准', `${s.template.name}（${s.template.version}版）`, '结案日期', formatDate(c.closedOn)),
      row(
        '评查人',
        names(s.reviewers.filter((r) => r.role !== '复核人')),
        '复核人',
        names(s.reviewers.filter((r) => r.role === '复核人')),
      ),
      row('评查日期', formatDate(s.dates.reviewedOn), '复核日期', formatDate(s.dates.checkedOn)),
    ],
  );
}

function vetoes(s: CaseScoreSheet): (Paragraph | Table)[] {
  if (s.vetoes.length === 0) return [];
  const effects = [...new Set(s.vetoes.map((v) => v.effectLabel))];
  const one = effects.length === 1;
  const cell = (v: CaseScoreSheet['vetoes'][number] | undefined): CellSpec[] =>
    v
      ? [
          plain(v.id, AlignmentType.CENTER),
          { lines: [[run(v.name, 'song', SIZE), ...(one ? [] : [run(`（${v.effectLabel}）`, 'song', SMALL)])]] },
          plain(v.hit ? `■是${FULL_SPACE}□否` : `□是${FULL_SPACE}■否`, AlignmentType.CENTER, v.hit ? 'hei' : 'song'),
        ]
      : [plain(''), plain(''), plain('')];
  const rows: CellSpec[][] = [
    [head('编号'), head('否决事项'), head('结论'), head('编号'), head('否决事项'), head('结论')],
  ];
  for (let i = 0; i < s.vetoes.length; i += 2) rows.push([...cell(s.vetoes[i]), ...cell(s.vetoes[i + 1])]);
  const hits = s.vetoes.filter((v) => v.hit);
  if (hits.length) {
    rows.push([{ ...head('否决情形、证据及依据'), span: 6 }]);
    for (const v of hits) {
      const detail = [
        v.evidence.length ? `证据：${v.evidence.map(formatCitation).join('；')}` : '',
        v.law ? `依据：${v.law}` : '',
      ]
        .filter(Boolean)
        .join(FULL_SPACE);
      rows.push([
        plain(v.id, AlignmentType.CENTER),
        { lines: [text(v.reason ?? v.name), text(detail, 'song', SMALL)], span: 5 },
      ]);
    }
  }
  return [
    heading(`一、一票否决事项${one ? `（存在任一情形的，${effects[0]}）` : ''}`),
    table([5.5, 32, 12.5, 5.5, 32, 12.5], rows, 1),
  ];
}

function reasonLines(item: SheetItem): TextRun[][] {
  const out: TextRun[][] = [];
  if (item.status === 'not_applicable' || item.status === 'unreviewed') out.push(text(ITEM_STATUS_LABELS[item.status]));
  if (item.reason) out.push(text(item.reason));
  for (const d of item.deductions) {
    out.push(
      text(
        `${d.label}${d.occurrences > 1 ? `（${d.occurrences}处）` : ''}，扣${formatScore(d.points)}分`,
        'song',
        SMALL,
      ),
    );
  }
  if (item.evidence.length) out.push(text(`证据：${item.evidence.map(formatCitation).join('；')}`, 'song', SMALL));
  if (item.deducted > 0 && item.law) out.push(text(`依据：${item.law}`, 'song', SMALL));
  if (item.note) out.push(text(`备注：${item.note}`, 'song', SMALL));
  return out.length ? out : [text('')];
}

function items(s: CaseScoreSheet): (Paragraph | Table)[] {
  const num = (v: string): CellSpec => plain(v, AlignmentType.CENTER);
  const rows: CellSpec[][] = [
    [head('编号'), head('评查项目及标准'), head('分值'), head('扣分'), head('得分'), head('扣分理由、证据及依据')],
  ];
  for (const cat of s.categories) {
    const shaded = (t: string, align?: Align): CellSpec => ({ ...plain(t, align, 'hei'), shade: true });
    rows.push([
      { ...shaded(`${cat.id}${FULL_SPACE}${cat.name}`), span: 2 },
      shaded(formatScore(cat.points), AlignmentType.CENTER),
      shaded(formatDeduction(cat.deducted), AlignmentType.CENTER),
      shaded(formatScore(cat.earned), AlignmentType.CENTER),
      shaded(''),
    ]);
    for (const i of cat.items) {
      rows.push([
        num(i.id),
        { lines: [text(i.name), ...(i.requirement ? [text(i.requirement, 'song', SMALL)] : [])] },
        num(formatScore(i.points)),
        num(i.status === 'not_applicable' ? '—' : formatDeduction(i.deducted)),
        num(formatScore(i.earned)),
        { lines: reasonLines(i) },
      ]);
    }
  }
  for (const b of s.bonus?.items ?? []) {
    rows.push([
      num(b.id),
      plain(`${b.name}（加分项）`),
      num(formatScore(b.points)),
      plain(''),
      num(b.earned ? `+${formatScore(b.earned)}` : ''),
      plain(b.reason ?? ''),
    ]);
  }
  const bold = (t: string, align?: Align): CellSpec => ({ ...plain(t, align, 'hei'), shade: true });
  rows.push([
    { ...bold(`合${FULL_SPACE}${FULL_SPACE}计`, AlignmentType.CENTER), span: 2 },
    bold(formatScore(s.template.totalPoints), AlignmentType.CENTER),
    bold(formatDeduction(s.result.deducted), AlignmentType.CENTER),
    bold(formatScore(s.result.earned), AlignmentType.CENTER),
    bold(''),
  ]);
  return [heading('二、评分项目'), table([6, 37, 6.5, 6.5, 6.5, 37.5], rows, 1)];
}

function conclusion(s: CaseScoreSheet): (Paragraph | Table)[] {
  const r = s.result;
  const hits = s.vetoes.filter((v) => v.hit);
  const score: TextRun[] =
    r.total === null
      ? [run('不计分', 'hei', PT.sihao), run('（存在一票否决情形）', 'song', SIZE)]
      : [run(formatScore(r.total), 'hei', PT.sihao), run(` 分（满分${formatScore(r.maxTotal)}分）`, 'song', SIZE)];
  const bonus = s.bonus ? `；加分${formatScore(s.bonus.earned)}分（上限${formatScore(s.bonus.cap)}分）` : '';
  return [
    heading('三、评查结论'),
    table(
      [13, 37, 13, 37],
      [
        [
          head('评查得分'),
          { lines: [score] },
          head('评查等次'),
          {
            lines: [
              [run(r.grade.name, 'hei', PT.sihao), ...(r.complete ? [] : [run('（尚有未评项目）', 'song', SIZE)])],
            ],
          },
        ],
        [
          head('一票否决'),
          { ...plain(`${hits.length ? hits.map((v) => `${v.id} ${v.name}`).join('；') : '无'}${bonus}`), span: 3 },
        ],
        [head('评查意见'), { ...plain(r.opinion), span: 3 }],
      ],
    ),
  ];
}

function rectifications(s: CaseScoreSheet): (Paragraph | Table)[] {
  if (s.rectifications.length === 0)
    return [heading('四、整改事项'), new Paragraph({ children: [run('无。', 'song', PT.wuhao)] })];
  const rows: CellSpec[][] = [[head('序号'), head('项目'), head('存在问题'), head('整改要求'), head('整改期限')]];
  s.rectifications.forEach((r, i) =>
    rows.push([
      plain(String(i + 1), AlignmentType.CENTER),
      plain(r.itemId, AlignmentType.CENTER),
      plain(r.problem),
      plain(r.action),
      plain(formatDate(r.deadline), AlignmentType.CENTER),
    ]),
  );
  return [heading('四、整改事项'), table([6, 7, 31, 40, 16], rows, 1)];
}

function signatures(s: CaseScoreSheet): Paragraph[] {
  const stops = [0, 1, 2].map((i) => ({ type: TabStopType.LEFT, position: Math.round((WIDTH / 3) * i) }));
  const line = (f: (g: CaseScoreSheet['signatures'][number]) => string) =>
    new Paragraph({
      tabStops: stops.slice(1),
      spacing: { line: pt(24), lineRule: LineRuleType.EXACT },
      children: s.signatures.map((g, i) => run(`${i > 0 ? '\t' : ''}${f(g)}`, 'song', PT.wuhao)),
    });
  return [
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    line((g) => `${g.role}（签名）：＿＿＿＿＿＿`),
    line(
      (g) =>
        `日${FULL_SPACE}${FULL_SPACE}期：${formatDate(g.date) || `${FULL_SPACE}${FULL_SPACE}年${FULL_SPACE}月${FULL_SPACE}日`}`,
    ),
  ];
}

export function scoreSheetDocument(s: CaseScoreSheet): Document {
  const stamp = issueStampText(s);
  const campaign = s.campaign ? `评查活动：${s.campaign.title}` : '';
  return new Document({
    creator: s.evaluatingBody,
    title: `${s.title} ${s.case.caseNumber}`,
    externalStyles: stylesXml({ font: 'song', sizePt: SIZE, lineTwips: pt(SIZE * 1.3) }),
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(14), bottom: mm(16), left: mm(15), right: mm(15), header: mm(8), footer: mm(8) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  run('— ', 'song', PT.wuhao),
                  run('', 'song', PT.wuhao, { children: [PageNumber.CURRENT] }),
                  run(' —', 'song', PT.wuhao),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: pt(28), lineRule: LineRuleType.EXACT, after: 60 },
            children: [run(s.title, 'title', 18)],
          }),
          new Paragraph({
            tabStops: [
              { type: TabStopType.CENTER, position: Math.round(WIDTH / 2) },
              { type: TabStopType.RIGHT, position: WIDTH },
            ],
            spacing: { after: 60 },
            children: [run(`评查机关：${s.evaluatingBody}\t${campaign}\t状态：${s.status.label}`, 'song', SIZE)],
          }),
          headerGrid(s),
          ...vetoes(s),
          ...items(s),
          ...conclusion(s),
          ...rectifications(s),
          ...signatures(s),
          ...(stamp
            ? [new Paragraph({ spacing: { before: 120 }, children: [run(stamp, 'song', SMALL, { color: '444444' })] })]
            : []),
        ],
      },
    ],
  });
}
