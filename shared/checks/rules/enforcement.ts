/** 行政强制法 25: 查封、扣押 no longer than the profile maximum (30 days). */
import { checkDeadline } from '../lib/periods.ts';
import { notApplicable } from '../lib/outcome.ts';
import type { RuleDefinition } from '../types.ts';

export const enforcementDuration: RuleDefinition = {
  id: 'enforcement_duration',
  article: '《中华人民共和国行政强制法》第二十五条',
  deduction: 2,
  check(ctx) {
    if (ctx.case.caseType !== 'enforcement') return notApplicable('非行政强制案件', 'Not an enforcement case');
    return checkDeadline(ctx, {
      from: 'measureStarted',
      to: 'measureEnded',
      period: { kind: 'calendar', amount: ctx.profile.compulsoryMeasureMaxDays.value },
      lawZh: '《行政强制法》第二十五条',
      lawEn: 'Administrative Compulsion Law art. 25',
    });
  },
};
