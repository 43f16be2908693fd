/**
 * The 评查情况通报 as an official document: 主送, opening, sections 一 to 七, the 附件说明,
 * signature, contact note, the per-case results annex and the 版记.
 *
 * The itemised rectification list is not printed here: each unit receives its own items in its
 * 整改通知书, and the XLSX carries the full list. Printed in the 通报 it was four fifths of a
 * 500-case document (141 of 175 pages) that no reader of the 通报 needs on paper.
 */
import { formatScore, issueStampText } from '../format.ts';
import type { CampaignReport } from '../model.ts';
import { methodSection } from './campaignMethod.ts';
import { problemsSection, typicalSection } from './campaignProblems.ts';
import { followUpSection, rectificationSection } from './campaignRectification.ts';
import { resultsSection } from './campaignResults.ts';
import type { Annex, Block, OfficialDocument } from './types.ts';
import { counter, sectionNumber, subsectionNumber } from './words.ts';

/** 行政处罚（一般程序） → 一般程序: the annex's narrow column; other kinds stay as they are. */
function shortKind(label: string): string {
  return /^行政处罚（(.+)）$/.exec(label)?.[1] ?? label;
}

function caseListAnnex(r: CampaignReport): Annex {
  return {
    label: '附件1',
    title: `${r.period.label}行政执法案卷评查得分情况一览表`,
    blocks: [
      {
        type: 'table',
        caption: '',
        dense: true,
        columns: [
          { title: '序号', width: 0.9, align: 'center' },
          { title: '案号', width: 5.4 },
          { title: '单位', width: 2.8 },
          { title: '类型', width: 2.2 },
          { title: '得分', width: 1.1, align: 'center' },
          { title: '等次', width: 1.1, align: 'center' },
          { title: '否决', width: 1.1, align: 'center' },
        ],
        rows: r.cases.map((c, i) => [
          String(i + 1),
          c.caseNumber,
          c.unit,
          shortKind(c.caseTypeLabel),
          formatScore(c.total),
          c.grade.name,
          c.vetoes.length ? c.vetoes.join('、') : '',
        ]),
      },
    ],
  };
}

export function campaignOutline(r: CampaignReport): OfficialDocument {
  const tables = counter();
  const sections: [string, Block[]][] = [
    ['评查工作开展情况', methodSection(r, tables)],
    ['评查结果', resultsSection(r, tables)],
    ['存在的主要问题', problemsSection(r, tables)],
    ['典型案例', r.overall.count ? typicalSection(r) : []],
    ['整改要求', rectificationSection(r, tables)],
    ['上期整改落实情况', followUpSection(r, tables)],
    [
      '下一步工作要求',
      r.requirements.map((text, i) => ({ type: 'paragraph', text: `${subsectionNumber(i + 1)}${text}` }) as Block),
    ],
  ];
  let n = 0;
  const body: Block[] = [
    ...r.summary.map((text) => ({ type: 'paragraph', text }) as Block),
    ...sections
      .filter(([, blocks]) => blocks.length > 0)
      .flatMap(([title, blocks]) => [
        { type: 'heading', level: 1, text: `${sectionNumber(++n)}${title}` } as Block,
        ...blocks,
      ]),
  ];
  // The annex is printed only when it has rows.
  const annexes = r.cases.length ? [caseListAnnex(r)] : [];
  return {
    issuingBody: r.issuingBody,
    documentNumber: r.documentNumber,
    title: r.title,
    addressee: r.addressees,
    body,
    attachments: annexes.map((a) => a.title),
    signature: { body: r.issuingBody, date: r.issuedOn, seal: null },
    note: r.contact ? `联系人：${r.contact.name}，联系电话：${r.contact.phone}` : null,
    annexes,
    colophon: { cc: r.cc, printer: r.issuingBody, printedOn: r.issuedOn },
    stamp: issueStampText(r),
  };
}
