import { describe, expect, it } from 'vitest';
import { formatDateList, parseDateList } from '../../renderer/src/features/settings/calendar/dateList.ts';

describe('parseDateList', () => {
  it('reads dates and ranges in the ways a schedule is typed or pasted', () => {
    expect(parseDateList('2027-01-01 ~ 2027-01-03\n2027/2/5至2/7，2027年2月20日、2027.10.1')).toEqual({
      dates: [
        '2027-01-01',
        '2027-01-02',
        '2027-01-03',
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-20',
        '2027-10-01',
      ],
      invalid: [],
    });
  });

  it('drops repeats, and keeps what it cannot read apart, as typed', () => {
    expect(parseDateList('2027-01-01 2027-01-01 2027-02-30 明天 2027-03-05~2027-03-01 2027-01-01~2027-03-01')).toEqual({
      dates: ['2027-01-01'],
      invalid: ['2027-02-30', '明天', '2027-03-05 ~ 2027-03-01', '2027-01-01 ~ 2027-03-01'],
    });
    expect(parseDateList('  \n ')).toEqual({ dates: [], invalid: [] });
  });
});

describe('formatDateList', () => {
  it('writes consecutive days as one range per line, and reads back to the same dates', () => {
    const dates = ['2027-02-06', '2027-01-01', '2027-02-05', '2027-02-07', '2027-01-31'];
    const text = formatDateList(dates);
    expect(text).toBe('2027-01-01\n2027-01-31\n2027-02-05 ~ 2027-02-07');
    expect(parseDateList(text).dates).toEqual([...dates].sort());
  });
});
