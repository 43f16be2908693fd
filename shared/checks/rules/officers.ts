/** APL 42: at least two certified officers, each with a valid certificate and its number. */
import type { DateKey, Officer } from '../../domain/bundle.ts';
import { dateEvidence } from '../lib/documents.ts';
import { DATE_LABELS, listZh } from '../lib/labels.ts';
import { fail, notApplicable, pass, unknown } from '../lib/outcome.ts';
import type { CheckCase, RuleDefinition } from '../types.ts';

const NO_OFFICERS = () => unknown('案件未列明执法人员，无法核对', 'No officers are listed');

/** Officers counted once even if listed twice (same name and certificate number). */
function distinctOfficers(officers: readonly Officer[]): Officer[] {
  const seen = new Set<string>();
  return officers.filter((o) => {
    const key = `${o.name.trim()}\u0000${o.certificateNo?.trim() ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function names(officers: readonly Officer[]): string {
  return listZh(officers.map((o) => o.name));
}

export const twoOfficers: RuleDefinition = {
  id: 'two_officers',
  article: '《中华人民共和国行政处罚法》第四十二条',
  deduction: 'whole',
  check(ctx) {
    const c = ctx.case;
    const requiredForSimple = ctx.profile.simpleProcedureRequiresTwoOfficers.value;
    const maybeSimple = c.caseType === 'penalty' && c.procedure !== 'general';
    if (c.caseType === 'penalty' && c.procedure === 'simple' && !requiredForSimple) {
      return notApplicable(
        '地区配置不要求简易程序由两名执法人员实施',
        'The profile does not require two officers in simple procedure',
      );
    }
    const officers = distinctOfficers(c.officers);
    if (officers.length === 0) return NO_OFFICERS();
    if (officers.length >= 2) {
      return pass(
        `执法人员${officers.length}名（${names(officers)}），不少于两人`,
        `${officers.length} officers listed`,
      );
    }
    if (maybeSimple && !requiredForSimple) {
      return unknown(
        `仅列明执法人员1名（${names(officers)}），案件未填写适用程序，简易程序可由一人实施，无法判断`,
        'One officer; the procedure is not recorded and simple procedure may allow one',
      );
    }
    return fail(
      `仅列明执法人员1名（${names(officers)}），执法人员不得少于两人（《行政处罚法》第四十二条）`,
      'Only one officer listed; at least two are required (APL art. 42)',
    );
  },
};

/** The officers' last acting date: the decision, else the inspection, filing or seizure date. */
const ACTING_DATES: readonly DateKey[] = ['decided', 'inspected', 'filed', 'measureStarted'];

function actingDate(c: CheckCase): { key: DateKey; date: string } | null {
  for (const key of ACTING_DATES) {
    const date = c.dates[key];
    if (date) return { key, date };
  }
  return null;
}

export const officerCertificatesValid: RuleDefinition = {
  id: 'officer_certificates_valid',
  article: '《中华人民共和国行政处罚法》第四十二条',
  deduction: 'whole',
  check(ctx) {
    const c = ctx.case;
    if (c.officers.length === 0) return NO_OFFICERS();
    const acting = actingDate(c);
    if (!acting) {
      return unknown(
        '未填写决定、检查或立案日期，无法核对执法证件有效期',
        'No acting date (decision, inspection, filing)',
      );
    }
    const evidence = dateEvidence(c, acting.key);
    const at = `${DATE_LABELS[acting.key].zh}日期${acting.date}`;
    const expired = c.officers.filter((o) => o.certificateValidUntil && o.certificateValidUntil < acting.date);
    if (expired.length > 0) {
      const list = listZh(expired.map((o) => `${o.name}（有效期至${o.certificateValidUntil}）`));
      return fail(
        `${at}，执法人员${list}的执法证件已过有效期（《行政处罚法》第四十二条）`,
        `${expired.length} officer certificate(s) expired before ${acting.date} (APL art. 42)`,
        { evidence },
      );
    }
    const undated = c.officers.filter((o) => !o.certificateValidUntil);
    if (undated.length > 0) {
      return unknown(`执法人员${names(undated)}未填写执法证件有效期，无法核对`, 'Certificate validity not recorded', {
        evidence,
      });
    }
    return pass(
      `${at}，执法人员${names(c.officers)}的执法证件均在有效期内`,
      `All certificates valid on ${acting.date}`,
      {
        evidence,
      },
    );
  },
};

export const officerCertificateNumbers: RuleDefinition = {
  id: 'officer_certificate_numbers',
  article: '《中华人民共和国行政处罚法》第四十二条、第五十五条',
  deduction: 1,
  check(ctx) {
    const officers = ctx.case.officers;
    if (officers.length === 0) return NO_OFFICERS();
    const missing = officers.filter((o) => !o.certificateNo?.trim());
    if (missing.length > 0) {
      return fail(
        `执法人员${names(missing)}未载明执法证件号码（《行政处罚法》第四十二条、第五十五条）`,
        `${missing.length} officer(s) without a certificate number (APL arts. 42, 55)`,
      );
    }
    return pass(
      `执法人员均载明执法证件号码：${listZh(officers.map((o) => `${o.name}（${o.certificateNo}）`))}`,
      'Every officer has a certificate number',
    );
  },
};
