/** 通报 section 一: scope, standards, how the files were drawn, who reviewed them. */
import { formatDate, formatShare } from '../format.ts';
import type { CampaignReport } from '../model.ts';
import type { Block } from './types.ts';
import { enumerate, namesWithCount, type Counter } from './words.ts';

export function methodSection(r: CampaignReport, tables: Counter): Block[] {
  const table = tables.next();
  const s = r.method.sampling;
  const standards = enumerate(r.standards.map((t) => `《${t.name}》（${t.version}版）`));
  const reviewerUnits = [...new Set(r.method.reviewers.map((p) => p.unit))];
  const blocks: Block[] = [
    {
      type: 'paragraph',
      // Clauses with nothing to name are left out rather than printed empty (涉及，…).
      text:
        `本次评查范围为${r.scope.description}（${formatDate(r.scope.dateFrom)}至${formatDate(r.scope.dateTo)}）` +
        (r.scope.units.length ? `，涉及${namesWithCount(r.scope.units, 6, '单位')}` : '') +
        (r.scope.caseTypes.length ? `，案件类型包括${enumerate(r.scope.caseTypes)}` : '') +
        '。' +
        (standards ? `评查依据为${standards}。` : ''),
    },
    {
      type: 'paragraph',
      text:
        `案卷抽取采取${s.ruleLabel}的方式，于${formatDate(s.drawnAt.slice(0, 10))}随机抽取（随机种子${s.seed}，` +
        `抽取结果可复现），共从${s.populationTotal}件办结案卷中抽取${s.drawnTotal}件，各单位抽取情况见表${table}。`,
    },
    {
      type: 'paragraph',
      text:
        (r.method.description.includes(r.method.reviewMode)
          ? r.method.description
          : `本次评查采取${r.method.reviewMode}方式。${r.method.description}`) +
        (r.method.reviewers.length
          ? `评查组由${r.method.reviewers.length}名人员组成，分别来自${namesWithCount(reviewerUnits, 5, '单位')}。`
          : ''),
    },
  ];
  blocks.push({
    type: 'table',
    caption: `表${table} 各单位案卷抽取情况`,
    columns: [
      { title: '序号', width: 1, align: 'center' },
      { title: '单位', width: 4 },
      { title: '办结案卷数', width: 2, align: 'center' },
      { title: '抽取数', width: 1.6, align: 'center' },
      { title: '抽取比例', width: 1.8, align: 'center' },
    ],
    rows: [
      ...s.perUnit.map((u, i) => [
        String(i + 1),
        u.unit,
        String(u.population),
        String(u.drawn),
        u.population ? formatShare(u.drawn / u.population, 1) : '—',
      ]),
      [
        '',
        '合计',
        String(s.populationTotal),
        String(s.drawnTotal),
        s.populationTotal ? formatShare(s.drawnTotal / s.populationTotal, 1) : '—',
      ],
    ],
  });
  return blocks;
}
