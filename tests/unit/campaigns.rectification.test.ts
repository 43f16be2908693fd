import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../shared/calendar/dates.ts';
import { createWorkdayCalendar } from '../../shared/calendar/workdays.ts';
import {
  completedLate,
  displayStatus,
  draftRectifications,
  isOverdue,
  planRectificationMove,
  rectificationDeadline,
  workingDaysOverdue,
  type DeductionSource,
} from '../../shared/campaigns/rectification.ts';
import { appErrorOf } from './campaigns.factory.ts';

const calendar = createWorkdayCalendar();

/** chinese-days' own data file, read directly: the expected dates below are derived from it, not typed from memory. */
const data = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json'), 'utf8'),
) as { holidays: Record<string, string>; workdays: Record<string, string> };

/** An independent count over the package data: a day is worked if it is a make-up day, or a weekday that is no holiday. */
function referenceDeadline(issued: string, n: number): string {
  let day = issued;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    const worked = day in data.workdays || (!(day in data.holidays) && weekday(day) !== 0 && weekday(day) !== 6);
    if (worked) left -= 1;
  }
  return day;
}

describe('deadlines and 逾期 across holidays', () => {
  it('National Day 2025: 15 working days from 2025-09-26 skip 1–8 October and count the make-up Sundays', () => {
    for (const d of ['2025-10-01', '2025-10-06', '2025-10-08']) expect(data.holidays[d], d).toBeDefined();
    for (const d of ['2025-09-28', '2025-10-11']) expect(data.workdays[d], d).toBeDefined();
    const deadline = rectificationDeadline('2025-09-26', 15, calendar);
    expect(deadline).toBe(referenceDeadline('2025-09-26', 15));
    // Fifteen weekdays would end on 17 October; the eight days off push it out, the two make-up days pull it in.
    expect(deadline > '2025-10-17').toBe(true);
    const item = { status: 'pending' as const, deadline };
    expect(isOverdue(item, deadline)).toBe(false);
    expect(isOverdue(item, addDays(deadline, 1))).toBe(true);
    expect(displayStatus(item, addDays(deadline, 1))).toBe('overdue');
    expect(displayStatus(item, deadline)).toBe('pending');
  });

  it('Spring Festival 2026: the deadline from 2026-02-06 matches the package data', () => {
    for (const d of ['2026-02-16', '2026-02-20', '2026-02-23']) expect(data.holidays[d], d).toBeDefined();
    for (const d of ['2026-02-14', '2026-02-28']) expect(data.workdays[d], d).toBeDefined();
    for (const n of [1, 5, 10, 15, 20]) {
      expect(rectificationDeadline('2026-02-06', n, calendar), `n=${n}`).toBe(referenceDeadline('2026-02-06', n));
    }
    const deadline = rectificationDeadline('2026-02-06', 15, calendar);
    // Overdue by working days: the Saturday make-up day after the deadline counts, the holidays do not.
    const item = { status: 'in_progress' as const, deadline };
    const later = addDays(deadline, 10);
    let expected = 0;
    for (let d = addDays(deadline, 1); d <= later; d = addDays(d, 1)) {
      if (d in data.workdays || (!(d in data.holidays) && weekday(d) !== 0 && weekday(d) !== 6)) expected += 1;
    }
    expect(workingDaysOverdue(item, later, calendar)).toBe(expected);
    expect(workingDaysOverdue(item, deadline, calendar)).toBe(0);
  });

  it('a deadline that falls in a year the calendar does not cover is refused', () => {
    expect(appErrorOf(() => rectificationDeadline('2026-12-20', 15, calendar))).toMatchObject({
      code: 'CALENDAR_NOT_COVERED',
      field: 'calendar',
    });
  });

  it('refuses a working-day count out of range, naming the field', () => {
    expect(appErrorOf(() => rectificationDeadline('2025-09-26', 0, calendar))).toMatchObject({ field: 'workingDays' });
    expect(appErrorOf(() => rectificationDeadline('2025-09-26', 2.5, calendar))).toMatchObject({
      field: 'workingDays',
    });
  });

  it('done and accepted items are never overdue; done after the deadline is late', () => {
    expect(isOverdue({ status: 'done', deadline: '2025-10-01' }, '2025-12-01')).toBe(false);
    expect(isOverdue({ status: 'accepted', deadline: '2025-10-01' }, '2025-12-01')).toBe(false);
    expect(completedLate({ status: 'done', deadline: '2025-10-01', doneOn: '2025-10-02' })).toBe(true);
    expect(completedLate({ status: 'done', deadline: '2025-10-01', doneOn: '2025-10-01' })).toBe(false);
  });
});

describe('rectification lifecycle', () => {
  it('待整改 → 整改中 → 已整改 → 已验收, with a reply before reporting done', () => {
    expect(planRectificationMove('pending', 'start').to).toBe('in_progress');
    expect(planRectificationMove('in_progress', 'complete', { replies: 1 }).to).toBe('done');
    expect(planRectificationMove('done', 'approve').to).toBe('accepted');
    expect(appErrorOf(() => planRectificationMove('in_progress', 'complete'))).toMatchObject({
      code: 'VALIDATION',
      field: 'replies',
    });
  });

  it('rejecting a report of done needs a reason and sends it back to 整改中', () => {
    expect(appErrorOf(() => planRectificationMove('done', 'reject'))).toMatchObject({ field: 'reason' });
    expect(planRectificationMove('done', 'reject', { reason: '佐证材料不全' })).toEqual({
      from: 'done',
      to: 'in_progress',
      reason: '佐证材料不全',
    });
  });

  it('an accepted item is locked; other wrong moves are conflicts naming the action', () => {
    expect(appErrorOf(() => planRectificationMove('accepted', 'start'))).toMatchObject({
      code: 'LOCKED',
      field: 'action',
    });
    expect(appErrorOf(() => planRectificationMove('pending', 'approve'))).toMatchObject({
      code: 'CONFLICT',
      field: 'action',
    });
  });
});

describe('drafting from deductions and vetoes', () => {
  const sources: DeductionSource[] = [
    {
      target: 'veto',
      itemId: 'V1',
      itemName: '执法主体不合法',
      category: null,
      deducted: null,
      findings: ['不具有行政处罚权的组织实施处罚'],
      rectification: '无权处罚的案件移送有权机关。',
      law: '《中华人民共和国行政处罚法》第三十八条',
      note: null,
    },
    {
      target: 'item',
      itemId: 'P3',
      itemName: '告知陈述申辩权',
      category: '程序 / 告知',
      deducted: 2.5,
      findings: ['未告知陈述申辩权', '告知内容不完整'],
      rectification: null,
      law: null,
      note: null,
    },
    {
      target: 'item',
      itemId: 'D1',
      itemName: '文书送达',
      category: '程序',
      deducted: 3,
      findings: ['送达超期'],
      rectification: '按期送达。',
      law: null,
      note: '决定书作出后第9日才送达',
    },
  ];
  const previous = [
    { id: 11, unit: '大沽街道', templateItemId: 'P3', campaignId: 1, periodEnd: '2025-03-31' },
    { id: 21, unit: '大沽街道', templateItemId: 'P3', campaignId: 2, periodEnd: '2025-06-30' },
    { id: 22, unit: '新港街道', templateItemId: 'D1', campaignId: 2, periodEnd: '2025-06-30' },
  ];

  it('uses the standard wording, the reviewer note when there is one, and the default requirement otherwise', () => {
    const drafts = draftRectifications({ unit: '大沽街道', sources, issuedOn: '2025-09-26', calendar, previous });
    expect(drafts.map((d) => d.problem)).toEqual([
      '【否决项】执法主体不合法：不具有行政处罚权的组织实施处罚',
      '告知陈述申辩权：未告知陈述申辩权；告知内容不完整（扣 2.5 分）',
      '文书送达：决定书作出后第9日才送达（扣 3 分）',
    ]);
    expect(drafts[0]!.requirement).toBe('无权处罚的案件移送有权机关。');
    expect(drafts[1]!.requirement).toMatch(/整改情况/);
    expect(drafts[0]!.legalBasis).toBe('《中华人民共和国行政处罚法》第三十八条');
    for (const d of drafts) {
      expect(d.unit).toBe('大沽街道');
      expect(d.workingDays).toBe(15);
      expect(d.deadline).toBe(referenceDeadline('2025-09-26', 15));
    }
  });

  it('flags a repeat of the same item for the same unit, pointing at the latest earlier item', () => {
    const drafts = draftRectifications({ unit: '大沽街道', sources, issuedOn: '2025-09-26', calendar, previous });
    expect(drafts.map((d) => [d.templateItemId, d.repeatOf])).toEqual([
      ['V1', null],
      ['P3', 21],
      ['D1', null], // D1 was a problem of 新港街道, not of this unit
    ]);
  });

  it('takes the campaign setting for the number of working days', () => {
    const drafts = draftRectifications({
      unit: '大沽街道',
      sources,
      issuedOn: '2026-02-06',
      workingDays: 10,
      calendar,
      previous: [],
    });
    expect(drafts[0]!.deadline).toBe(referenceDeadline('2026-02-06', 10));
  });

  it('refuses a case without a unit, naming the field', () => {
    expect(
      appErrorOf(() => draftRectifications({ unit: null, sources, issuedOn: '2025-09-26', calendar, previous })),
    ).toMatchObject({ code: 'VALIDATION', field: 'unit' });
  });
});
