/** Terminal text of the campaign commands: the 抽样记录, progress and statistics tables. */
import type {
  CampaignProgress,
  CampaignStats,
  CampaignSummary,
  DrawRecord,
  ProgressRow,
} from '../../shared/api/campaignTypes.ts';
import type { EvaluationStatus } from '../../shared/api/types.ts';
import { NO_PROCEDURE, NO_UNIT, type CampaignScope } from '../../shared/campaigns/scope.ts';
import { STATUS_LABELS } from '../../shared/campaigns/status.ts';
import { t } from '../../shared/i18n/index.ts';
import { table } from './format.ts';

const STATUSES = Object.keys(STATUS_LABELS) as EvaluationStatus[];

export function procedureLabel(p: string | null): string {
  return p === 'general' || p === 'simple' ? t('zh-CN', `enums.procedure.${p}`) : NO_PROCEDURE;
}

export function caseTypeLabel(c: string): string {
  return c === 'penalty' || c === 'inspection' || c === 'enforcement' ? t('zh-CN', `enums.caseType.${c}`) : c;
}

export function scopeText(scope: CampaignScope): string {
  return [
    `单位：${scope.units?.length ? scope.units.join('、') : '全部'}`,
    `案件类型：${scope.caseTypes?.length ? scope.caseTypes.map(caseTypeLabel).join('、') : '全部'}`,
    `程序：${scope.procedures?.length ? scope.procedures.map(procedureLabel).join('、') : '全部'}`,
  ].join('；');
}

const pct = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const num = (value: number | null) => (value === null ? '—' : String(Number(value.toFixed(2))));

export function campaignLine(c: CampaignSummary): string {
  const phase = { draft: '未抽样', drawn: '评查中', complete: '已全部定稿' }[c.phase];
  return `#${c.id} ${c.title}（${c.period.from} 至 ${c.period.to}）${phase}`;
}

export function campaignText(c: CampaignSummary): string {
  return [
    campaignLine(c),
    `评查机关  ${c.organiser ?? '—'}`,
    `抽样范围  ${scopeText(c.scope)}`,
    `抽样规则  ${c.ruleText} — ${c.ruleDescription}`,
    `随机种子  ${c.seed ?? '（抽样时随机产生）'}`,
    `上一期    ${c.previous ? `#${c.previous.id} ${c.previous.title}` : '无'}${c.previousAuto ? '（自动）' : ''}`,
    `整改期限  ${c.rectificationDays} 个工作日`,
    `抽取      ${c.drawnCount} 件${c.populationSize !== null ? ` / 总体 ${c.populationSize} 件` : ''}，已分配 ${c.assignedCount} 件`,
    '',
  ].join('\n');
}

export function drawRecordText(r: DrawRecord): string {
  const head = [
    '抽样记录 / draw record',
    `评查活动  #${r.campaign.id} ${r.campaign.title}（${r.campaign.period.from} 至 ${r.campaign.period.to}）`,
    `评查机关  ${r.campaign.organiser ?? '—'}`,
    `抽样范围  ${scopeText(r.campaign.scope)}`,
    `抽样规则  ${r.ruleText} — ${r.ruleDescription}`,
    `随机种子  ${r.seed}`,
    `抽样方法  ${r.method}`,
    `抽样时间  ${r.drawnAt}   抽样人 ${r.drawnBy}`,
    `总体      ${r.populationSize} 件（sha256 ${r.populationHash}）`,
    `抽取      ${r.drawnCount} 件`,
    `复现校验  ${r.reproduced ? '以相同种子重新抽样，结果一致 ✓' : '重新抽样结果不一致 ✗'}`,
    '',
  ].join('\n');
  const strata = table(
    ['单位 unit', '程序 procedure', '总体', '抽取'],
    r.strata.map((s) => [s.unit ?? NO_UNIT, procedureLabel(s.procedure), s.population, s.drawn]),
    [2, 3],
  );
  const drawn = table(
    ['#', '案号 case', '单位 unit', '程序', '日期 date', '层内顺序'],
    r.drawn.map((d, i) => [
      i + 1,
      d.caseNumber,
      d.unit ?? NO_UNIT,
      procedureLabel(d.procedure),
      d.caseDate ?? '',
      d.pick,
    ]),
    [0, 5],
  );
  return `${head}\n${strata}\n${drawn}`;
}

function progressTable(title: string, rows: readonly ProgressRow[]): string {
  return table(
    [title, '合计', ...STATUSES.map((s) => STATUS_LABELS[s])],
    rows.map((r) => [r.label, r.total, ...STATUSES.map((s) => r.byStatus[s])]),
    [1, 2, 3, 4, 5, 6],
  );
}

export function progressText(c: CampaignSummary, p: CampaignProgress): string {
  const totals = STATUSES.map((s) => `${STATUS_LABELS[s]} ${p.byStatus[s]}`).join('，');
  return [
    campaignLine(c),
    `共 ${p.total} 件：${totals}；未分配 ${p.unassigned} 件；定稿 ${pct(p.finalizedShare)}`,
    '',
    progressTable('单位 unit', p.byUnit),
    progressTable('评查人员 reviewer', p.byReviewer),
  ].join('\n');
}

export function statsText(s: CampaignStats): string {
  const lines = [
    `统计口径 ${s.basis === 'finalized' ? '已定稿' : '已提交及以后'}：计入 ${s.counted} / 抽取 ${s.drawn} 件`,
    `平均分 ${num(s.summary.average)}  中位数 ${num(s.summary.median)}  最低 ${num(s.summary.min?.value ?? null)}  最高 ${num(s.summary.max?.value ?? null)}  否决 ${s.summary.vetoed.value} 件  合格率 ${pct(s.passRate.share)}`,
    '',
    table(
      ['等次 grade', '件数', '占比'],
      s.grades.map((g) => [g.grade, g.count, pct(g.share)]),
      [1, 2],
    ),
    table(
      ['名次', '单位 unit', '件数', '平均分', '否决'],
      s.units.map((u) => [u.rank ?? '—', u.unit, u.count, num(u.average), u.vetoes]),
      [0, 2, 3, 4],
    ),
    table(
      ['问题 item', '件数', '占比', '涉及单位'],
      s.problems.slice(0, 20).map((p) => [`${p.itemId} ${p.itemName}`, p.count, pct(p.share), p.units.join('、')]),
      [1, 2],
    ),
  ];
  if (s.previous) {
    lines.push(
      `上一期 #${s.previous.campaign.id} ${s.previous.campaign.title}：计入 ${s.previous.counted} 件，平均分 ${num(s.previous.average)}，合格率 ${pct(s.previous.passRate)}`,
    );
  }
  return lines.join('\n') + '\n';
}
