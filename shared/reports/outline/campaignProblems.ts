/** 通报 sections 三 (common problems, ranked, grouped by category) and 四 (typical cases). */
import { formatShare } from '../format.ts';
import type { CampaignReport, TypicalCase } from '../model.ts';
import type { Block } from './types.ts';
import { enumerate, points, subsectionNumber, type Counter } from './words.ts';

/** The ranked table prints this many problems; the XLSX has them all. */
export const PROBLEMS_IN_TABLE = 15;
/** The most frequent problems are described in words, at most three per category. */
const PROBLEMS_DESCRIBED = 8;
const PROBLEMS_PER_GROUP = 3;

export function problemsSection(r: CampaignReport, tables: Counter): Block[] {
  const problems = r.problems;
  if (problems.length === 0) {
    return [{ type: 'paragraph', text: '本次评查的案卷未发现扣分问题。' }];
  }
  const withDeductions = r.cases.filter((c) => Object.keys(c.deductions).length > 0).length;
  const occurrences = problems.reduce((sum, p) => sum + p.occurrences, 0);
  const shown = problems.slice(0, PROBLEMS_IN_TABLE);
  const table = tables.next();
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `从评查情况看，${withDeductions}件案卷存在扣分问题，涉及评查项目${problems.length}项、共${occurrences}处。` +
        `按出现问题的案卷数排序，${shown.length < problems.length ? `前${shown.length}项` : '各项'}问题见表${table}，主要表现在以下方面：`,
    },
  ];
  const described = problems.slice(0, PROBLEMS_DESCRIBED);
  const groups = [...new Set(described.map((p) => p.group))];
  groups.forEach((group, gi) => {
    blocks.push({ type: 'heading', level: 2, text: `${subsectionNumber(gi + 1)}${group}方面` });
    described
      .filter((p) => p.group === group)
      .slice(0, PROBLEMS_PER_GROUP)
      .forEach((p, i) => {
        blocks.push({
          type: 'paragraph',
          text:
            `${i + 1}. ${p.description}。${p.count}件案卷存在此问题，占评查案卷的${formatShare(p.share)}，` +
            `涉及${p.units.length}个单位。` +
            (p.law ? `不符合${p.law}的规定。` : ''),
        });
      });
  });
  blocks.push(
    {
      type: 'table',
      caption: `表${table} 评查发现的主要问题${shown.length < problems.length ? `（前${shown.length}项）` : ''}`,
      dense: true,
      columns: [
        { title: '序号', width: 0.9, align: 'center' },
        { title: '评查项目', width: 2.3 },
        { title: '问题表现', width: 3.8 },
        { title: '案卷数', width: 1.1, align: 'center' },
        { title: '占比', width: 1.6, align: 'center' },
        { title: '单位数', width: 1.1, align: 'center' },
        { title: '依据', width: 4.5 },
      ],
      rows: shown.map((p) => [
        String(p.rank),
        `${p.itemId} ${p.itemName}`,
        p.description,
        String(p.count),
        formatShare(p.share, 1),
        String(p.units.length),
        p.law || '—',
      ]),
    },
    { type: 'chart', chart: r.charts.problems },
  );
  return blocks;
}

function typicalParagraph(t: TypicalCase, kind: 'good' | 'bad', i: number): Block {
  const head = `${i + 1}. ${t.caseNumber}（${t.unit}，${t.caseTypeLabel}，${t.cause}），得分${points(t.total)}，评为${t.grade.name}。`;
  const body =
    kind === 'good' ? `${enumerate(t.points)}。` : `主要问题：${t.points.map((p, j) => `${j + 1}）${p}`).join('；')}。`;
  return { type: 'paragraph', text: head + body };
}

export function typicalSection(r: CampaignReport): Block[] {
  const { good, bad } = r.typical;
  return [
    { type: 'heading', level: 2, text: '（一）示范优案' },
    ...(good.length
      ? good.map((t, i) => typicalParagraph(t, 'good', i))
      : [{ type: 'paragraph', text: '本次评查无可作为示范的案卷。' } as Block]),
    { type: 'heading', level: 2, text: '（二）典型差案' },
    ...(bad.length
      ? bad.map((t, i) => typicalParagraph(t, 'bad', i))
      : [{ type: 'paragraph', text: '本次评查未发现需要通报的典型差案。' } as Block]),
  ];
}
