/**
 * The 整改通知书 to one unit as an official document: its results, the problems of each file
 * with the required action and legal basis, the deadline and how to report back.
 */
import { formatDate, formatShare, issueStampText } from '../format.ts';
import type { RectificationNotice } from '../model.ts';
import type { Block, OfficialDocument } from './types.ts';
import { averagePoints, enumerate, points, subsectionNumber } from './words.ts';

function opening(n: RectificationNotice): Block {
  const r = n.results;
  const campaign = n.campaign.documentNumber
    ? `《${n.campaign.title}》（${n.campaign.documentNumber}）`
    : `《${n.campaign.title}》`;
  const grades = r.grades.filter((g) => g.count > 0).map((g) => `${g.name}${g.count}件`);
  const rank = r.rank !== null ? `，在${r.unitsRanked}个被评查单位中排名第${r.rank}` : '';
  return {
    type: 'paragraph',
    text:
      `根据${n.campaign.periodLabel}行政执法案卷评查工作安排，我局对你单位${r.evaluated}件行政执法案卷进行了评查，` +
      `评查结果已在${campaign}中通报。你单位案卷平均得分${averagePoints(r.mean)}${rank}` +
      (grades.length ? `，其中${enumerate(grades)}` : '') +
      (n.cases.length ? '。现将评查发现的问题及整改要求通知如下：' : '。'),
  };
}

function problems(n: RectificationNotice): Block[] {
  return n.cases.flatMap((c, ci) => [
    { type: 'heading', level: 2, text: `${subsectionNumber(ci + 1)}${c.caseNumber}（${c.cause}）` } as Block,
    {
      type: 'paragraph',
      text: `该案卷得分${points(c.total)}，评为${c.grade.name}，存在以下${c.items.length}个问题：`,
    } as Block,
    ...c.items.map(
      (it, i) =>
        ({
          type: 'paragraph',
          text:
            `${i + 1}. ${it.problem}（${it.itemId} ${it.itemName}）。` +
            (it.law ? `依据：${it.law}。` : '') +
            `整改要求：${it.action}`,
        }) as Block,
    ),
  ]);
}

export function noticeOutline(n: RectificationNotice): OfficialDocument {
  const itemCount = n.cases.reduce((sum, c) => sum + c.items.length, 0);
  const contact = n.reply.contact ? `联系人：${n.reply.contact.name}，联系电话：${n.reply.contact.phone}` : null;
  const body: Block[] = [opening(n)];
  if (n.cases.length === 0) {
    body.push({
      type: 'paragraph',
      text: '经评查，你单位被抽查案卷未发现需要整改的问题。请继续保持，不断提升行政执法规范化水平。',
    });
  } else {
    body.push(
      { type: 'heading', level: 1, text: '一、存在的问题' },
      {
        type: 'paragraph',
        text: `你单位${n.cases.length}件案卷共有${itemCount}项问题需要整改，占被评查案卷的${formatShare(
          n.results.evaluated ? n.cases.length / n.results.evaluated : 0,
          1,
        )}。具体如下：`,
      },
      ...problems(n),
      { type: 'heading', level: 1, text: '二、整改要求' },
      {
        type: 'paragraph',
        text:
          `请你单位自${formatDate(n.deadline.from)}起${n.deadline.workingDays}个工作日内，即${formatDate(n.deadline.date)}前完成整改。` +
          n.reply.requirement,
      },
      { type: 'paragraph', text: `整改报告报送${n.reply.to}。${contact ? `${contact}。` : ''}` },
    );
  }
  return {
    issuingBody: n.issuingBody,
    documentNumber: n.documentNumber,
    title: n.title,
    addressee: n.addressee,
    body,
    attachments: [],
    signature: { body: n.issuingBody, date: n.issuedOn, seal: n.seal?.label ?? null },
    note: null,
    annexes: [],
    colophon: { cc: n.cc, printer: n.issuingBody, printedOn: n.issuedOn },
    stamp: issueStampText(n),
  };
}
