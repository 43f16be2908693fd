/** 通报 sections 五 (rectification required now) and 六 (follow-up of the previous campaign). */
import { formatDate, formatShare } from '../format.ts';
import type { CampaignReport } from '../model.ts';
import type { Block } from './types.ts';
import { enumerate, type Counter } from './words.ts';

export function rectificationSection(r: CampaignReport, tables: Counter): Block[] {
  const plan = r.rectification;
  const withItems = plan.byUnit.filter((u) => u.items > 0);
  const without = plan.byUnit.filter((u) => u.items === 0).map((u) => u.unit);
  if (withItems.length === 0) {
    return [{ type: 'paragraph', text: `本次评查未发现需要整改的问题。${plan.requirement}` }];
  }
  const table = tables.next();
  return [
    {
      type: 'paragraph',
      text:
        `对评查发现的${plan.items.length}项问题，已向${withItems.length}个单位分别下发整改通知书（见表${table}）。` +
        (without.length ? `${enumerate(without)}被抽查案卷未发现需要整改的问题。` : '') +
        `有关单位应自本通报印发之日起${plan.workingDays}个工作日内，即${formatDate(plan.deadline)}前完成整改。` +
        `各单位的具体整改事项已在整改通知书中逐案列明。${plan.requirement}`,
    },
    {
      type: 'table',
      caption: `表${table} 各单位整改事项`,
      dense: true,
      columns: [
        { title: '单位', width: 3.2 },
        { title: '涉及案卷', width: 1.3, align: 'center' },
        { title: '整改事项', width: 1.3, align: 'center' },
        { title: '整改通知书文号', width: 4.2, align: 'center' },
        { title: '整改期限', width: 3, align: 'center' },
      ],
      rows: plan.byUnit.map((u) =>
        u.items === 0
          ? [u.unit, '0', '0', '—', '无需整改']
          : [u.unit, String(u.cases), String(u.items), u.noticeNumber ?? '—', formatDate(u.deadline)],
      ),
    },
  ];
}

export function followUpSection(r: CampaignReport, tables: Counter): Block[] {
  const f = r.followUp;
  if (!f) return [];
  const done = f.accepted + f.rectified;
  const previous = f.previous.documentNumber
    ? `《${f.previous.title}》（${f.previous.documentNumber}）`
    : f.previous.title;
  const table = tables.next();
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `截至${formatDate(f.checkedOn)}，${previous}提出的${f.total}项整改事项中，已验收${f.accepted}项，` +
        `已整改待验收${f.rectified}项，正在整改${f.inProgress}项，逾期未整改${f.overdue}项，` +
        `整改完成率${f.total ? formatShare(done / f.total) : '—'}（见表${table}）。`,
    },
    {
      type: 'table',
      caption: `表${table} ${f.previous.periodLabel}整改事项落实情况`,
      columns: [
        { title: '单位', width: 3.6 },
        { title: '整改事项', width: 1.4, align: 'center' },
        { title: '已验收', width: 1.3, align: 'center' },
        { title: '已整改', width: 1.3, align: 'center' },
        { title: '整改中', width: 1.3, align: 'center' },
        { title: '逾期', width: 1.2, align: 'center' },
        { title: '完成率', width: 1.6, align: 'center' },
      ],
      rows: [
        ...f.byUnit.map((u) => [
          u.unit,
          String(u.total),
          String(u.accepted),
          String(u.rectified),
          String(u.inProgress),
          String(u.overdue),
          u.total ? formatShare((u.accepted + u.rectified) / u.total, 1) : '—',
        ]),
        [
          '合计',
          String(f.total),
          String(f.accepted),
          String(f.rectified),
          String(f.inProgress),
          String(f.overdue),
          f.total ? formatShare(done / f.total, 1) : '—',
        ],
      ],
    },
  ];
  if (f.overdueItems.length) {
    blocks.push({
      type: 'paragraph',
      text: `逾期未整改的事项有：${f.overdueItems
        .map(
          (o) =>
            `${o.unit}${o.caseNumber}“${o.problem}”（期限${formatDate(o.deadline)}，已逾期${o.workingDaysOverdue}个工作日）`,
        )
        .join('；')}。请有关单位立即整改，并书面说明逾期原因。`,
    });
  }
  if (f.repeated.length) {
    blocks.push({
      type: 'paragraph',
      text: `上期已通报的问题在本次评查中再次出现：${f.repeated
        .map((x) => `${x.unit}“${x.itemName}”${x.count}次`)
        .join('；')}。有关单位要深入查找原因，防止同类问题反复发生。`,
    });
  }
  return blocks;
}
