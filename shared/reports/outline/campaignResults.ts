/**
 * 通报 section 二: overall scores, grade distribution, veto hits, the per-unit ranking and the
 * comparison with the previous campaign. Every number is the model's, formatted by format.ts.
 */
import { formatAverage, formatScore, formatShare } from '../format.ts';
import type { CampaignReport } from '../model.ts';
import type { Block } from './types.ts';
import {
  averagePoints,
  enumerate,
  namesWithCount,
  points,
  shareDelta,
  subsectionNumber,
  type Counter,
} from './words.ts';

function overall(r: CampaignReport, tables: Counter): Block[] {
  const o = r.overall;
  if (o.count === 0) {
    return [{ type: 'paragraph', text: '本次评查尚无完成评分的案卷，评查结果待全部案卷评定后另行通报。' }];
  }
  const kinds = enumerate(r.byCaseType.map((t) => `${t.label}${t.count}件`));
  const unscored = o.count - o.scored;
  const table = tables.next();
  return [
    {
      type: 'paragraph',
      text:
        `本次共评查案卷${o.count}件，其中${kinds}。` +
        (o.scored > 0
          ? `计分案卷平均得分${averagePoints(o.mean)}，中位数${points(o.median)}，最高${points(o.max)}，最低${points(o.min)}；`
          : '') +
        `合格率${formatShare(o.passRate)}。` +
        (unscored > 0 ? `另有${unscored}件案卷因存在一票否决情形直接评为不合格，不计入得分统计。` : '') +
        `按案件类型统计见表${table}。`,
    },
    {
      type: 'table',
      caption: `表${table} 按案件类型统计评查得分`,
      columns: [
        { title: '案件类型', width: 4 },
        { title: '件数', width: 1.3, align: 'center' },
        { title: '平均分', width: 1.6, align: 'center' },
        { title: '中位数', width: 1.6, align: 'center' },
        { title: '最高分', width: 1.6, align: 'center' },
        { title: '最低分', width: 1.6, align: 'center' },
      ],
      rows: [
        ...r.byCaseType.map((t) => [
          t.label,
          String(t.count),
          formatAverage(t.mean),
          formatScore(t.median),
          formatScore(t.max),
          formatScore(t.min),
        ]),
        ['合计', String(o.count), formatAverage(o.mean), formatScore(o.median), formatScore(o.max), formatScore(o.min)],
      ],
    },
  ];
}

function grades(r: CampaignReport): Block[] {
  if (r.overall.count === 0) return [];
  return [
    {
      type: 'paragraph',
      text: `评查等次分布为：${r.grades.map((g) => `${g.name}${g.count}件，占${formatShare(g.share)}`).join('；')}。`,
    },
    { type: 'chart', chart: r.charts.grades },
  ];
}

function vetoes(r: CampaignReport): Block[] {
  if (r.vetoHits.length === 0) return [{ type: 'paragraph', text: '本次评查未发现存在一票否决情形的案卷。' }];
  const rows = r.vetoHits.map(
    (v) => `“${v.name}”${v.count}件（${enumerate(v.caseNumbers.slice(0, 3))}${v.caseNumbers.length > 3 ? '等' : ''}）`,
  );
  return [
    {
      type: 'paragraph',
      text:
        `共有${r.overall.vetoCases}件案卷存在一票否决情形，涉及${namesWithCount([...new Set(r.vetoHits.flatMap((v) => v.units))], 5, '单位')}。` +
        `其中${rows.join('；')}。上述案卷均评为不合格。`,
    },
  ];
}

function units(r: CampaignReport, tables: Counter): Block[] {
  if (r.units.length === 0) return [];
  const ranked = r.units.filter((u) => u.rank !== null);
  const top = ranked.slice(0, 3).map((u) => `${u.unit}（${averagePoints(u.mean)}）`);
  const bottom = ranked.length > 6 ? ranked.slice(-3).map((u) => `${u.unit}（${averagePoints(u.mean)}）`) : [];
  const table = tables.next();
  const scale = r.gradeScale;
  return [
    {
      type: 'paragraph',
      text:
        `按案卷平均得分排名（见表${table}），` +
        (top.length ? `位列前三的单位是${enumerate(top)}` : '各单位均无计分案卷') +
        (bottom.length ? `；排名靠后的单位是${enumerate(bottom)}` : '') +
        '。',
    },
    {
      type: 'table',
      caption: `表${table} 各单位案卷评查情况及排名`,
      dense: true,
      columns: [
        { title: '排名', width: 1, align: 'center' },
        { title: '单位', width: 3.6 },
        { title: '评查件数', width: 1.3, align: 'center' },
        { title: '平均分', width: 1.4, align: 'center' },
        ...scale.map((g) => ({ title: g.name, width: 1.15, align: 'center' as const })),
        { title: '一票否决', width: 1.3, align: 'center' },
        { title: '合格率', width: 1.6, align: 'center' },
      ],
      rows: r.units.map((u) => [
        u.rank === null ? '—' : String(u.rank),
        u.unit,
        String(u.count),
        formatAverage(u.mean),
        ...scale.map((g) => String(u.grades.find((b) => b.id === g.id)?.count ?? 0)),
        String(u.vetoCases),
        formatShare(u.passRate, 1),
      ]),
    },
    { type: 'chart', chart: r.charts.unitMeans },
  ];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n === 0 ? '0' : `−${-n}`;
}

function comparison(r: CampaignReport, tables: Counter): Block[] {
  const c = r.comparison;
  if (!c) return [];
  const { previous: p, current: n } = c;
  const meanDelta =
    p.mean === null || n.mean === null
      ? '无法比较'
      : n.mean === p.mean
        ? '持平'
        : `${n.mean > p.mean ? '上升' : '下降'}${formatAverage(Math.abs(n.mean - p.mean))}分`;
  const table = tables.next();
  const vetoDelta = n.vetoCases - p.vetoCases;
  return [
    {
      type: 'paragraph',
      text:
        `与${p.label}相比（见表${table}），评查案卷平均得分${meanDelta}，合格率${shareDelta(n.passRate, p.passRate)}，` +
        `优秀率${shareDelta(n.excellentRate, p.excellentRate)}，一票否决案卷` +
        (vetoDelta === 0 ? '数量持平。' : `${vetoDelta > 0 ? '增加' : '减少'}${Math.abs(vetoDelta)}件。`),
    },
    {
      type: 'table',
      caption: `表${table} 与${p.label}评查结果对比`,
      columns: [
        { title: '指标', width: 2.5 },
        { title: p.label, width: 2.5, align: 'center' },
        { title: n.label, width: 2.5, align: 'center' },
        { title: '变化', width: 3, align: 'center' },
      ],
      rows: [
        ['评查案卷数（件）', String(p.evaluated), String(n.evaluated), signed(n.evaluated - p.evaluated)],
        ['平均得分（分）', formatAverage(p.mean), formatAverage(n.mean), meanDelta],
        ['合格率', formatShare(p.passRate), formatShare(n.passRate), shareDelta(n.passRate, p.passRate)],
        [
          '优秀率',
          formatShare(p.excellentRate),
          formatShare(n.excellentRate),
          shareDelta(n.excellentRate, p.excellentRate),
        ],
        ['一票否决（件）', String(p.vetoCases), String(n.vetoCases), signed(vetoDelta)],
      ],
    },
  ];
}

export function resultsSection(r: CampaignReport, tables: Counter): Block[] {
  const parts: [string, Block[]][] = [
    ['总体得分情况', overall(r, tables)],
    ['评查等次分布', grades(r)],
    ['一票否决情况', vetoes(r)],
    ['各单位评查情况', units(r, tables)],
    ['与上期评查结果对比', comparison(r, tables)],
  ];
  let n = 0;
  return parts
    .filter(([, blocks]) => blocks.length > 0)
    .flatMap(([title, blocks]) => [
      { type: 'heading', level: 2, text: `${subsectionNumber(++n)}${title}` } as Block,
      ...blocks,
    ]);
}
