import { describe, expect, it } from 'vitest';
import { createWorkdayCalendar } from '../../shared/calendar/workdays.ts';
import { followUpOf, type PreviousItem } from '../../shared/reports/followUp.ts';
import {
  noticeNumberOf,
  periodLabelOf,
  resolveReportSettings,
  reportSettingsSchema,
} from '../../shared/reports/settings.ts';

const calendar = createWorkdayCalendar();
const previous = {
  title: '关于2025年第三季度行政执法案卷评查情况的通报',
  documentNumber: '津滨司发〔2025〕9号',
  periodLabel: '2025年第三季度',
};

function item(unit: string, caseNumber: string, status: PreviousItem['status'], deadline: string): PreviousItem {
  return { unit, caseNumber, itemId: 'B1', itemName: '立案审批', problem: '立案审批表缺承办人意见', status, deadline };
}

describe('follow-up of the previous campaign (上期整改落实情况)', () => {
  it('counts each issued item once by its state as of the report date, overdue in working days across the holiday', () => {
    const f = followUpOf({
      previous,
      asOf: '2025-10-10',
      calendar,
      items: [
        item('大沽', 'A1', 'accepted', '2025-09-20'),
        item('大沽', 'A2', 'done', '2025-09-20'),
        // Open past its deadline: National Day (1–8 October) is not counted; 9 and 10 October are.
        item('大沽', 'A3', 'pending', '2025-09-30'),
        item('新港', 'B1', 'in_progress', '2025-10-20'),
        // Reported done after the deadline is still 已整改, not overdue.
        item('新港', 'B2', 'done', '2025-09-01'),
      ],
      repeats: [
        { unit: '大沽', itemId: 'B1', itemName: '立案审批' },
        { unit: '大沽', itemId: 'B1', itemName: '立案审批' },
        { unit: '新港', itemId: 'C2', itemName: '笔录制作' },
      ],
    });
    expect(f).toMatchObject({
      checkedOn: '2025-10-10',
      total: 5,
      accepted: 1,
      rectified: 2,
      inProgress: 1,
      overdue: 1,
    });
    expect(f.byUnit).toEqual([
      { unit: '大沽', total: 3, accepted: 1, rectified: 1, inProgress: 0, overdue: 1 },
      { unit: '新港', total: 2, accepted: 0, rectified: 1, inProgress: 1, overdue: 0 },
    ]);
    expect(f.overdueItems).toEqual([
      {
        unit: '大沽',
        caseNumber: 'A3',
        problem: '立案审批表缺承办人意见',
        deadline: '2025-09-30',
        workingDaysOverdue: 2,
      },
    ]);
    expect(f.repeated).toEqual([
      { unit: '大沽', itemId: 'B1', itemName: '立案审批', count: 2 },
      { unit: '新港', itemId: 'C2', itemName: '笔录制作', count: 1 },
    ]);
  });

  it('refuses to reckon overdue days in a year the calendar does not cover', () => {
    expect(() =>
      followUpOf({
        previous,
        asOf: '2031-03-01',
        calendar,
        items: [item('大沽', 'A', 'pending', '2031-01-10')],
        repeats: [],
      }),
    ).toThrow(/节假日数据未覆盖/);
  });
});

describe('report settings', () => {
  it('name a period as offices do', () => {
    expect(periodLabelOf('2026-01-01', '2026-03-31')).toBe('2026年第一季度');
    expect(periodLabelOf('2025-10-01', '2025-12-31')).toBe('2025年第四季度');
    expect(periodLabelOf('2025-07-01', '2025-12-31')).toBe('2025年下半年');
    expect(periodLabelOf('2025-01-01', '2025-12-31')).toBe('2025年');
    expect(periodLabelOf('2025-02-01', '2025-02-28')).toBe('2025年2月');
    expect(periodLabelOf('2025-01-05', '2025-02-20')).toBe('2025年1月5日至2025年2月20日');
  });

  it('fill what the office has not set, and number notices by the {n} slot', () => {
    const resolved = resolveReportSettings(
      {},
      {
        title: '2026年第一季度行政执法案卷评查',
        organiser: '天津市滨海新区司法局',
        period: { from: '2026-01-01', to: '2026-03-31' },
      },
    );
    expect(resolved).toMatchObject({
      issuingBody: '天津市滨海新区司法局',
      title: '关于2026年第一季度行政执法案卷评查情况的通报',
      periodLabel: '2026年第一季度',
      replyTo: '天津市滨海新区司法局',
      documentNumber: null,
    });
    expect(noticeNumberOf('津滨司评整〔2026〕{n}号', 3)).toBe('津滨司评整〔2026〕3号');
    expect(noticeNumberOf(null, 3)).toBeNull();
    const bad = reportSettingsSchema.safeParse({ noticeNumber: '津滨司评整〔2026〕1号' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['noticeNumber']);
  });
});
