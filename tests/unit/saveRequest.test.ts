import { describe, expect, it } from 'vitest';
import { parseSaveRequest } from '../../electron/app/saveRequest.ts';

describe('what the renderer may ask main to save (Electron)', () => {
  it('accepts a job file or the job zip under a plain report file name', () => {
    expect(
      parseSaveRequest({ jobId: 'a1b2c3d4-0000', index: 0, fileName: '案卷评查表-津滨大沽执罚〔2025〕27号.pdf' }),
    ).toEqual({
      jobId: 'a1b2c3d4-0000',
      index: 0,
      fileName: '案卷评查表-津滨大沽执罚〔2025〕27号.pdf',
      extension: 'pdf',
    });
    expect(parseSaveRequest({ jobId: 'a1b2c3d4-0000', fileName: '2026年第一季度-评查报告.zip' })).toMatchObject({
      index: null,
      extension: 'zip',
    });
  });

  it('refuses paths, other extensions, odd names and bad ids, naming the field', () => {
    const bad: [unknown, string][] = [
      [null, '(root)'],
      [{ jobId: '../x', fileName: 'a.pdf' }, 'jobId'],
      [{ jobId: 'a1b2c3d4', index: -1, fileName: 'a.pdf' }, 'index'],
      [{ jobId: 'a1b2c3d4', index: 1.5, fileName: 'a.pdf' }, 'index'],
      [{ jobId: 'a1b2c3d4', fileName: '../../etc/passwd.pdf' }, 'fileName'],
      [{ jobId: 'a1b2c3d4', fileName: 'C:\\Windows\\a.pdf' }, 'fileName'],
      [{ jobId: 'a1b2c3d4', fileName: 'a.exe' }, 'fileName'],
      [{ jobId: 'a1b2c3d4', fileName: 'report' }, 'fileName'],
      [{ jobId: 'a1b2c3d4', fileName: '.pdf' }, 'fileName'],
      [{ jobId: 'a1b2c3d4', fileName: 'a\u0000.pdf' }, 'fileName'],
      [{ jobId: 'a1b2c3d4', fileName: 'x'.repeat(300) + '.pdf' }, 'fileName'],
      [{ jobId: 'a1b2c3d4', fileName: 42 }, 'fileName'],
    ];
    for (const [raw, field] of bad) expect(parseSaveRequest(raw)).toMatchObject({ field });
  });
});
