/** APL 55 (52 on the spot): certificates shown to the party and that recorded in the 笔录. */
import { bySeq, docEvidence } from '../lib/documents.ts';
import { listZh } from '../lib/labels.ts';
import { fail, notApplicable, pass, unknown } from '../lib/outcome.ts';
import { isConclusive, searchDocument } from '../lib/text.ts';
import type { Evidence, RuleDefinition } from '../types.ts';

/**
 * 出示 counts when it is about a certificate (执法证件, 执法证, 证件 within a few characters) and
 * not negated (未出示, 没有出示, 拒不出示). The party showing its 营业执照 is not the officers
 * showing theirs.
 */
const SHOWN = {
  negations: ['未', '没', '没有', '不', '拒绝', '拒不'],
  near: { text: '证', before: 10, after: 20 },
};

export const certificateShown: RuleDefinition = {
  id: 'certificate_shown',
  article: '《中华人民共和国行政处罚法》第五十五条',
  deduction: 1,
  check(ctx) {
    const c = ctx.case;
    const records = bySeq(c.documents.filter((d) => d.type === 'inspection_record' || d.type === 'inquiry_record'));
    if (records.length === 0) return notApplicable('卷中无检查笔录或询问笔录', 'No inspection or inquiry record');
    const simple = c.caseType === 'penalty' && c.procedure === 'simple';
    const extra = simple
      ? { article: '《中华人民共和国行政处罚法》第五十二条、第五十五条', suggestedDeduction: 10 }
      : {};
    const results = records.map((doc) => {
      const search = searchDocument(doc, '出示', SHOWN);
      return { doc, search, conclusive: isConclusive(search, doc) };
    });
    const label = (title: string | null, seq: number) => title ?? `第${seq}份笔录`;
    const missing = results.filter((r) => !r.search.hit && r.conclusive);
    const unread = results.filter((r) => !r.search.hit && !r.conclusive);
    const evidence: Evidence[] = results.map((r) =>
      r.search.hit
        ? docEvidence(r.doc, { pageNo: r.search.hit.pageNo, quote: r.search.hit.quote })
        : docEvidence(r.doc, { quote: '未找到“出示”' }),
    );
    if (missing.length > 0) {
      return fail(
        `${listZh(missing.map((r) => label(r.doc.title, r.doc.seq)))}未记载向当事人出示执法证件（《行政处罚法》第五十五条）`,
        `${missing.length} record(s) do not record that certificates were shown (APL art. 55)`,
        { evidence, ...extra },
      );
    }
    if (unread.length > 0) {
      return unknown(
        `${listZh(unread.map((r) => label(r.doc.title, r.doc.seq)))}为无文字的扫描件，无法核对是否记载出示执法证件`,
        'Some records have no text; check by eye',
        { evidence, ...extra },
      );
    }
    return pass(
      `${records.length === 1 ? '笔录' : `${records.length}份笔录均`}记载出示执法证件`,
      'Every record notes that certificates were shown',
      {
        evidence,
        ...extra,
      },
    );
  },
};
