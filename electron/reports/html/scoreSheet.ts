/**
 * 案卷评查表 as print HTML: a form. Header grid, veto items, the scored items with category
 * subtotals, result and opinion, rectification items and the signature lines. 五号 and smaller
 * so that a 34-item standard fits on two A4 pages; header rows repeat on every page.
 */
import type { CaseScoreSheet, SheetItem } from '../../../shared/reports/model.ts';
import { ITEM_STATUS_LABELS } from '../../../shared/reports/model.ts';
import {
  formatCitation,
  formatDate,
  formatDeduction,
  formatScore,
  issueStampText,
} from '../../../shared/reports/format.ts';
import { FONTS, FULL_SPACE, esc } from './common.ts';

export const SCORE_SHEET_CSS = `
.sheet { font-family: ${FONTS.song}; font-size: 9pt; line-height: 1.3; }
.sheet h1 { font-family: ${FONTS.title}; font-size: 18pt; font-weight: normal; text-align: center; margin: 0 0 2mm; letter-spacing: 1pt; }
.sheet .subtitle { display: flex; justify-content: space-between; font-size: 9pt; margin-bottom: 1.5mm; }
.sheet table { margin-bottom: 2.5mm; }
.sheet th, .sheet td { border: 0.6pt solid #000; padding: 0.5mm 1.2mm; vertical-align: middle; }
.sheet th { font-family: ${FONTS.hei}; font-weight: normal; background: #eee; }
.sheet .grid th { text-align: center; }
.sheet h2 { font-family: ${FONTS.hei}; font-size: 10.5pt; font-weight: normal; margin: 2.5mm 0 1.2mm; break-after: avoid; }
.sheet tr.cat td { background: #f2f2f2; font-family: ${FONTS.hei}; }
.sheet tr.sub td:first-child { padding-left: 4mm; }
.sheet tr.total td { font-family: ${FONTS.hei}; background: #eee; }
.sheet .req, .sheet .law { color: #333; font-size: 7.5pt; line-height: 1.25; }
.sheet .result td { font-size: 10.5pt; }
.sheet .result .big { font-family: ${FONTS.hei}; font-size: 14pt; }
.sheet .signs { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin-top: 5mm; font-size: 10pt; break-inside: avoid; }
.sheet .signs div { line-height: 2; }
.sheet .stamp { font-size: 8pt; color: #444; margin-top: 3mm; }
.sheet .hit { font-family: ${FONTS.hei}; }
`;

/** 案号 → 案, two full-width spaces, 号: two-character labels spread to the width of four. */
function spread(label: string): string {
  const chars = [...label];
  if (chars.length === 2) return `${chars[0]}${FULL_SPACE}${FULL_SPACE}${chars[1]}`;
  if (chars.length === 3) return `${chars[0]} ${chars[1]} ${chars[2]}`;
  return label;
}

function reasonCell(item: SheetItem): string {
  const lines: string[] = [];
  if (item.status === 'not_applicable' || item.status === 'unreviewed') {
    lines.push(`<div>${ITEM_STATUS_LABELS[item.status]}</div>`);
  }
  if (item.reason) lines.push(`<div>${esc(item.reason)}</div>`);
  for (const d of item.deductions) {
    const times = d.occurrences > 1 ? `（${d.occurrences}处）` : '';
    lines.push(`<div class="law">${esc(d.label)}${times}，扣${esc(formatScore(d.points))}分</div>`);
  }
  if (item.evidence.length) {
    lines.push(`<div class="law">证据：${esc(item.evidence.map(formatCitation).join('；'))}</div>`);
  }
  if (item.deducted > 0 && item.law) lines.push(`<div class="law">依据：${esc(item.law)}</div>`);
  if (item.note) lines.push(`<div class="law">备注：${esc(item.note)}</div>`);
  return lines.join('');
}

function headerGrid(s: CaseScoreSheet): string {
  const c = s.case;
  const kind = c.procedureLabel ? `${c.caseTypeLabel}（${c.procedureLabel}）` : c.caseTypeLabel;
  const names = (list: typeof s.reviewers) => list.map((r) => (r.unit ? `${r.name}（${r.unit}）` : r.name)).join('、');
  const reviewers = names(s.reviewers.filter((r) => r.role !== '复核人'));
  const checkers = names(s.reviewers.filter((r) => r.role === '复核人'));
  const id = c.party.idNumber ? `${c.party.idLabel}：${c.party.idNumber}` : '';
  const row = (a: string, b: string, c2: string, d: string) =>
    `<tr><th>${esc(spread(a))}</th><td>${esc(b)}</td><th>${esc(spread(c2))}</th><td>${esc(d)}</td></tr>`;
  return `<table class="grid"><colgroup><col style="width:13%"><col style="width:37%"><col style="width:13%"><col style="width:37%"></colgroup><tbody>
${row('案号', c.caseNumber, '执法机关', c.agency)}
${row('案由', c.cause, '被评查单位', c.unit)}
${row('当事人', `${c.party.name}（${c.party.kindLabel}）`, '证件号码', id)}
${row('案件类型', kind, '处理结果', c.outcome ?? '')}
${row('立案日期', formatDate(c.filedOn), '决定日期', formatDate(c.decidedOn))}
${row('评查标准', `${s.template.name}（${s.template.version}版）`, '结案日期', formatDate(c.closedOn))}
${row('评查人', reviewers, '复核人', checkers)}
${row('评查日期', formatDate(s.dates.reviewedOn), '复核日期', formatDate(s.dates.checkedOn))}
</tbody></table>`;
}

/** Two vetoes per row (a standard has up to ten); what was found for a hit follows below. */
function vetoTable(s: CaseScoreSheet): string {
  if (s.vetoes.length === 0) return '';
  const effects = [...new Set(s.vetoes.map((v) => v.effectLabel))];
  const oneEffect = effects.length === 1;
  const cell = (v: CaseScoreSheet['vetoes'][number] | undefined) =>
    v
      ? `<td class="center">${esc(v.id)}</td><td>${esc(v.name)}${oneEffect ? '' : `<span class="law">（${esc(v.effectLabel)}）</span>`}</td><td class="center${
          v.hit ? ' hit' : ''
        }">${v.hit ? `■是${FULL_SPACE}□否` : `□是${FULL_SPACE}■否`}</td>`
      : '<td></td><td></td><td></td>';
  const rows: string[] = [];
  for (let i = 0; i < s.vetoes.length; i += 2) rows.push(`<tr>${cell(s.vetoes[i])}${cell(s.vetoes[i + 1])}</tr>`);
  const hits = s.vetoes
    .filter((v) => v.hit)
    .map(
      (v) =>
        `<tr><td class="center">${esc(v.id)}</td><td colspan="5">${esc(v.reason ?? v.name)}<div class="law">${[
          v.evidence.length ? `证据：${v.evidence.map(formatCitation).join('；')}` : '',
          v.law ? `依据：${v.law}` : '',
        ]
          .filter(Boolean)
          .map(esc)
          .join(FULL_SPACE)}</div></td></tr>`,
    )
    .join('');
  const effect = oneEffect ? `（存在任一情形的，${esc(effects[0]!)}）` : '';
  const cols = '<col style="width:5.5%"><col style="width:32%"><col style="width:12.5%">'.repeat(2);
  const head = '<th>编号</th><th>否决事项</th><th>结论</th>'.repeat(2);
  return `<h2>一、一票否决事项${effect}</h2>
<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows.join('')}${
    hits ? `<tr><th colspan="6">否决情形、证据及依据</th></tr>${hits}` : ''
  }</tbody></table>`;
}

function itemsTable(s: CaseScoreSheet): string {
  const body = s.categories
    .map((cat) => {
      const head = `<tr class="cat${cat.depth > 0 ? ' sub' : ''}"><td colspan="2">${esc(cat.id)}${FULL_SPACE}${esc(cat.name)}</td><td class="num">${esc(
        formatScore(cat.points),
      )}</td><td class="num">${esc(formatDeduction(cat.deducted))}</td><td class="num">${esc(formatScore(cat.earned))}</td><td></td></tr>`;
      const items = cat.items
        .map(
          (i) =>
            `<tr><td class="center">${esc(i.id)}</td><td>${esc(i.name)}${
              i.requirement ? `<div class="req">${esc(i.requirement)}</div>` : ''
            }</td><td class="num">${esc(formatScore(i.points))}</td><td class="num">${esc(
              i.status === 'not_applicable' ? '—' : formatDeduction(i.deducted),
            )}</td><td class="num">${esc(formatScore(i.earned))}</td><td>${reasonCell(i)}</td></tr>`,
        )
        .join('');
      return head + items;
    })
    .join('');
  const r = s.result;
  const bonus = s.bonus
    ? s.bonus.items
        .map(
          (b) =>
            `<tr><td class="center">${esc(b.id)}</td><td>${esc(b.name)}（加分项）</td><td class="num">${esc(
              formatScore(b.points),
            )}</td><td></td><td class="num">${b.earned ? `+${esc(formatScore(b.earned))}` : ''}</td><td>${esc(b.reason ?? '')}</td></tr>`,
        )
        .join('')
    : '';
  const total = `<tr class="total"><td colspan="2">合${FULL_SPACE}${FULL_SPACE}计</td><td class="num">${esc(
    formatScore(s.template.totalPoints),
  )}</td><td class="num">${esc(formatDeduction(r.deducted))}</td><td class="num">${esc(formatScore(r.earned))}</td><td></td></tr>`;
  return `<h2>二、评分项目</h2>
<table><colgroup><col style="width:6%"><col style="width:37%"><col style="width:6.5%"><col style="width:6.5%"><col style="width:6.5%"><col style="width:37.5%"></colgroup>
<thead><tr><th>编号</th><th>评查项目及标准</th><th>分值</th><th>扣分</th><th>得分</th><th>扣分理由、证据及依据</th></tr></thead>
<tbody>${body}${bonus}${total}</tbody></table>`;
}

function resultTable(s: CaseScoreSheet): string {
  const r = s.result;
  const vetoes = s.vetoes.filter((v) => v.hit);
  const bonus = s.bonus ? `；加分${formatScore(s.bonus.earned)}分（上限${formatScore(s.bonus.cap)}分）` : '';
  const score =
    r.total === null
      ? '<span class="big">不计分</span>（存在一票否决情形）'
      : `<span class="big">${esc(formatScore(r.total))}</span> 分（满分${esc(formatScore(r.maxTotal))}分）`;
  return `<h2>三、评查结论</h2>
<table class="result"><colgroup><col style="width:13%"><col style="width:37%"><col style="width:13%"><col style="width:37%"></colgroup><tbody>
<tr><th>评查得分</th><td>${score}</td><th>评查等次</th><td><span class="big">${esc(r.grade.name)}</span>${
    r.complete ? '' : '（尚有未评项目）'
  }</td></tr>
<tr><th>一票否决</th><td colspan="3">${vetoes.length ? esc(vetoes.map((v) => `${v.id} ${v.name}`).join('；')) : '无'}${esc(bonus)}</td></tr>
<tr><th>评查意见</th><td colspan="3">${esc(r.opinion)}</td></tr>
</tbody></table>`;
}

function rectificationTable(s: CaseScoreSheet): string {
  if (s.rectifications.length === 0) return '<h2>四、整改事项</h2><p>无。</p>';
  const rows = s.rectifications
    .map(
      (r, i) =>
        `<tr><td class="center">${i + 1}</td><td class="center">${esc(r.itemId)}</td><td>${esc(r.problem)}</td><td>${esc(
          r.action,
        )}</td><td class="center">${esc(formatDate(r.deadline))}</td></tr>`,
    )
    .join('');
  return `<h2>四、整改事项</h2>
<table><colgroup><col style="width:6%"><col style="width:7%"><col style="width:31%"><col style="width:40%"><col style="width:16%"></colgroup>
<thead><tr><th>序号</th><th>项目</th><th>存在问题</th><th>整改要求</th><th>整改期限</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function signatures(s: CaseScoreSheet): string {
  const cells = s.signatures
    .map(
      (g) =>
        `<div>${esc(g.role)}（签名）：＿＿＿＿＿＿<br>日${FULL_SPACE}${FULL_SPACE}期：${
          esc(formatDate(g.date)) || `${FULL_SPACE}${FULL_SPACE}年${FULL_SPACE}月${FULL_SPACE}日`
        }</div>`,
    )
    .join('');
  return `<div class="signs">${cells}</div>`;
}

/** The sheet's body (a `<section>`), so that a batch can put many sheets into one document. */
export function scoreSheetSection(s: CaseScoreSheet, options: { pageBreak?: boolean } = {}): string {
  const campaign = s.campaign ? `评查活动：${s.campaign.title}` : '';
  const stamp = issueStampText(s);
  return `<section class="sheet${options.pageBreak ? ' page-break' : ''}">
<h1>${esc(s.title)}</h1>
<div class="subtitle"><span>评查机关：${esc(s.evaluatingBody)}</span><span>${esc(campaign)}</span><span>状态：${esc(s.status.label)}</span></div>
${headerGrid(s)}
${vetoTable(s)}
${itemsTable(s)}
${resultTable(s)}
${rectificationTable(s)}
${signatures(s)}
${stamp ? `<p class="stamp">${esc(stamp)}</p>` : ''}
</section>`;
}
