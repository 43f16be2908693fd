/**
 * An OfficialDocument (shared/reports/outline) as print HTML in the GB/T 9704 layout: red
 * issuing-body mark, 发文字号 and red rule; 2号 小标宋 title in balanced lines; 3号 仿宋 body at a
 * fixed 28.9 pt pitch (22 lines on the 225 mm text block); 黑体 / 楷体 headings; 附件说明,
 * signature and date, 附注; annexes on new pages; the 版记 (抄送, 印发) last.
 */
import { formatDate } from '../../../shared/reports/format.ts';
import { balancedTitleLines } from '../../../shared/reports/outline/titleLines.ts';
import type { Block, OfficialDocument, TableBlock } from '../../../shared/reports/outline/types.ts';
import { barChartSvg } from './charts.ts';
import { FONTS, esc, escLines } from './common.ts';

/** The text block is 156 mm wide: 442 pt. */
const BLOCK_PT = 442;

export const OFFICIAL_CSS = `
.official { font-family: ${FONTS.fang}; font-size: 16pt; line-height: 28.9pt; text-align: justify; }
.official p { margin: 0; text-indent: 2em; }
.official .mark { font-family: ${FONTS.title}; color: #e60012; text-align: center; line-height: 1.15; margin: 0; text-indent: 0; }
.official .docno { text-align: center; text-indent: 0; margin-top: 28.9pt; }
.official .redline { border: 0; border-top: 1.2pt solid #e60012; margin: 4mm 0 0; }
.official h1 { font-family: ${FONTS.title}; font-size: 22pt; line-height: 35pt; font-weight: normal; text-align: center; margin: 28.9pt 0 28.9pt; }
.official .addressee { text-indent: 0; }
.official h2 { font-family: ${FONTS.hei}; font-size: 16pt; line-height: 28.9pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
.official h3 { font-family: ${FONTS.kai}; font-size: 16pt; line-height: 28.9pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
.official .caption { font-family: ${FONTS.hei}; font-size: 14pt; line-height: 1.6; text-align: center; text-indent: 0; margin-top: 2mm; break-after: avoid; }
.official table { font-family: ${FONTS.song}; font-size: 12pt; line-height: 1.4; margin: 1mm 0 3mm; text-align: left; }
.official table.dense { font-size: 10.5pt; }
.official th, .official td { border: 0.75pt solid #000; padding: 1mm 1.4mm; vertical-align: middle; }
.official th { font-family: ${FONTS.hei}; font-weight: normal; text-align: center; }
.official tr.total td { font-family: ${FONTS.hei}; }
.official .chart { text-align: center; text-indent: 0; margin: 2mm 0 3mm; break-inside: avoid; }
.official .chart svg { max-width: 100%; height: auto; }
.official .attachments { margin-top: 28.9pt; }
.official .attachments p { padding-left: 6.25em; text-indent: -1.25em; }
.official .attachments p:first-child { text-indent: -4.25em; }
.official .attachments p.single { padding-left: 5em; text-indent: -3em; }
.official .signature { margin-top: 57.8pt; break-inside: avoid; display: flex; justify-content: flex-end; }
.official .signature div { text-align: center; margin-right: 4em; position: relative; }
.official .signature p { text-indent: 0; }
.official .seal { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%); width: 40mm; height: 40mm; border: 1pt dashed #e60012; border-radius: 50%; color: #e60012; font-size: 12pt; line-height: 40mm; text-align: center; }
.official .note { margin-top: 0; }
.official .annex-label { font-family: ${FONTS.hei}; text-indent: 0; }
.official .annex-title { font-family: ${FONTS.title}; font-size: 22pt; line-height: 35pt; font-weight: normal; text-align: center; margin: 28.9pt 0 14pt; }
.official .closing { break-inside: avoid; }
.official .colophon { margin-top: 28.9pt; border-top: 1pt solid #000; border-bottom: 1pt solid #000; font-size: 14pt; line-height: 2; break-inside: avoid; }
.official .colophon p { text-indent: 0; padding: 0 1em; display: flex; justify-content: space-between; }
.official .colophon p + p { border-top: 0.75pt solid #000; }
.official .stamp { font-family: ${FONTS.song}; font-size: 9pt; line-height: 1.4; color: #333; margin-top: 3mm; text-indent: 0; }
`;

/** The issuing body as large as fits on one line of the text block, at most 42 pt. */
function markSize(body: string): number {
  const em = [...body].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
  return Math.min(42, Math.floor((BLOCK_PT / Math.max(em, 1)) * 0.96));
}

function tableHtml(t: TableBlock): string {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = t.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
  const head = t.columns.map((c) => `<th>${esc(c.title)}</th>`).join('');
  const align = (i: number) => {
    const a = t.columns[i]?.align;
    return a === 'right' ? ' class="num"' : a === 'center' ? ' class="center"' : '';
  };
  const body = t.rows
    .map((row) => {
      const total = row[0] === '合计' || row[1] === '合计';
      return `<tr${total ? ' class="total"' : ''}>${row.map((cell, i) => `<td${align(i)}>${escLines(cell)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const caption = t.caption ? `<p class="caption">${esc(t.caption)}</p>` : '';
  return `${caption}<table${t.dense ? ' class="dense"' : ''}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'heading':
      return b.level === 1 ? `<h2>${esc(b.text)}</h2>` : `<h3>${esc(b.text)}</h3>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'table':
      return tableHtml(b);
    case 'chart':
      return `<div class="chart">${barChartSvg(b.chart)}</div>`;
  }
}

function attachments(list: readonly string[]): string {
  if (list.length === 0) return '';
  // Continuation lines hang under the title, after "附件：1. " (GB/T 9704 7.3.4).
  if (list.length === 1) return `<div class="attachments"><p class="single">附件：${esc(list[0]!)}</p></div>`;
  return `<div class="attachments">${list
    .map((title, i) => (i === 0 ? `<p>附件：${i + 1}. ${esc(title)}</p>` : `<p>${i + 1}. ${esc(title)}</p>`))
    .join('')}</div>`;
}

export function officialSection(doc: OfficialDocument): string {
  const title = balancedTitleLines(doc.title, 20).map(esc).join('<br>');
  const seal = doc.signature.seal ? `<span class="seal">${esc(doc.signature.seal)}</span>` : '';
  const annexes = doc.annexes
    .map(
      (a) => `<div class="page-break"><p class="annex-label">${esc(a.label)}</p>
<div class="annex-title">${balancedTitleLines(a.title, 20).map(esc).join('<br>')}</div>
${a.blocks.map(blockHtml).join('\n')}</div>`,
    )
    .join('\n');
  const cc = doc.colophon.cc ? `<p><span>抄送：${esc(doc.colophon.cc)}。</span></p>` : '';
  return `<section class="official">
<div class="mark" style="font-size:${markSize(doc.issuingBody)}pt">${esc(doc.issuingBody)}</div>
<p class="docno">${esc(doc.documentNumber)}</p>
<hr class="redline">
<h1>${title}</h1>
<p class="addressee">${esc(doc.addressee)}：</p>
${doc.body.map(blockHtml).join('\n')}
${attachments(doc.attachments)}
<div class="signature"><div>${seal}<p>${esc(doc.signature.body)}</p><p>${esc(formatDate(doc.signature.date))}</p></div></div>
${doc.note ? `<p class="note">（${esc(doc.note)}）</p>` : ''}
${annexes}
<div class="closing"><div class="colophon">${cc}<p><span>${esc(doc.colophon.printer)}</span><span>${esc(formatDate(doc.colophon.printedOn))}印发</span></p></div>
${doc.stamp ? `<p class="stamp">${esc(doc.stamp)}</p>` : ''}</div>
</section>`;
}
