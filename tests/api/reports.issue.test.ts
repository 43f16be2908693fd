/**
 * Issuing freezes a report: its export renders the stored model, whatever happens to the
 * evaluations after; a preview shows the change; a reissue is version 2, superseding version 1
 * with its reason. Refusals (unfinished evaluations, unknown campaign, case, unit or format, no
 * or a taken 发文字号, a notice before its 通报) name the field and store nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedReportView } from '../../shared/api/reportTypes.ts';
import type { CampaignReport, CaseScoreSheet, RectificationNotice } from '../../shared/reports/model.ts';
import {
  finishQ2,
  PARTY_ID,
  REPORT_TODAY,
  reportTables,
  reportWorkspace,
  UNITS,
  type ReportWorkspace,
} from './reportHelpers.ts';

let w: ReportWorkspace;

beforeAll(async () => {
  w = await reportWorkspace();
}, 180_000);
afterAll(() => w?.api.close());

async function refused(name: Parameters<ReportWorkspace['api']['call']>[0], input: unknown) {
  const before = reportTables(w.api);
  const result = await w.api.call(name, input);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(reportTables(w.api)).toEqual(before);
  return result.ok ? null! : result.error;
}

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

describe('refusals name the field and store nothing', () => {
  it('an unfinished campaign: REPORT_UNFINISHED naming the case not finalised', async () => {
    const error = await refused('reports:issue', {
      target: { kind: 'campaign_report', campaignId: w.q2 },
      documentNumber: '津滨司发〔2025〕30号',
    });
    expect(error).toMatchObject({ code: 'REPORT_UNFINISHED', field: 'target.campaignId' });
    expect(error.message).toContain(w.q2Cases.U2b!.caseNumber);
    expect(error.details).toEqual({ unfinished: [expect.objectContaining({ status: 'submitted' })] });
    const batch = await refused('reports:export-batch', {
      jobId: 'job-refused-1',
      campaignId: w.q2,
      kinds: ['campaign_report', 'case_score_sheet'],
      formats: ['json'],
      mode: 'issue',
      documentNumber: '津滨司发〔2025〕30号',
    });
    expect(batch).toMatchObject({ code: 'REPORT_UNFINISHED' });
  });

  it('an unfinished score sheet', async () => {
    const error = await refused('reports:issue', {
      target: { kind: 'case_score_sheet', evaluationId: w.q2Cases.U2b!.evaluationId },
    });
    expect(error).toMatchObject({ code: 'REPORT_UNFINISHED', field: 'target.evaluationId' });
  });

  it('unknown campaign, case, evaluation, unit and format', async () => {
    expect(await refused('reports:issue', { target: { kind: 'campaign_report', campaignId: 999 } })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'target.campaignId',
    });
    expect(await refused('reports:preview', { target: { kind: 'case_score_sheet', caseId: 999 } })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'target.caseId',
    });
    expect(await refused('reports:preview', { target: { kind: 'case_score_sheet', evaluationId: 999 } })).toMatchObject(
      { code: 'NOT_FOUND', field: 'target.evaluationId' },
    );
    const unit = await refused('reports:issue', {
      target: { kind: 'rectification_notice', campaignId: w.q2, unit: '不存在的单位' },
    });
    expect(unit).toMatchObject({ code: 'NOT_FOUND', field: 'target.unit' });
    expect(unit.message).toContain(UNITS[0]);
    expect(
      await refused('reports:export', { target: { kind: 'campaign_report', campaignId: w.q2 }, format: 'rtf' }),
    ).toMatchObject({ code: 'VALIDATION', field: 'format' });
    expect(
      await refused('reports:export-batch', {
        jobId: 'job-refused-2',
        campaignId: w.q2,
        kinds: ['rectification_notice'],
        units: [UNITS[0], '不存在的单位'],
        formats: ['json'],
      }),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'units[1]' });
    expect(
      await refused('reports:export-batch', {
        jobId: 'job-refused-3',
        campaignId: w.q2,
        caseId: 1,
        evaluationId: 2,
        formats: ['pdf'],
      }),
    ).toMatchObject({ code: 'VALIDATION', field: 'campaignId' });
  });
});

describe('issuing freezes', () => {
  let sheet: IssuedReportView;
  const u0a = () => w.q2Cases.U0a!;

  beforeAll(async () => {
    sheet = await w.api.ok('reports:issue', {
      target: { kind: 'case_score_sheet', evaluationId: u0a().evaluationId },
      actor: '周敏',
    });
  });

  it('stores version 1 with its content hash, verified on reading back, and refuses a second issue', async () => {
    expect(sheet).toMatchObject({
      kind: 'case_score_sheet',
      version: 1,
      supersedes: null,
      supersededBy: null,
      caseNumber: u0a().caseNumber,
      issuedBy: '周敏',
      issuedOn: REPORT_TODAY,
      fileStem: `案卷评查表-${u0a().caseNumber}`,
    });
    const detail = await w.api.ok('reports:get', { reportId: sheet.id });
    expect(detail.verified).toBe(true);
    expect(detail.model.issue?.contentHash).toBe(sheet.contentHash);
    // Frozen with the party's ID as recorded; shown and exported masked unless revealed.
    expect((detail.model as CaseScoreSheet).case.party).toMatchObject({
      idNumber: '120101********1234',
      idMasked: true,
    });
    const revealed = await w.api.ok('reports:get', { reportId: sheet.id, revealIds: true });
    expect((revealed.model as CaseScoreSheet).case.party).toMatchObject({ idNumber: PARTY_ID, idMasked: false });
    const again = await refused('reports:issue', {
      target: { kind: 'case_score_sheet', evaluationId: u0a().evaluationId },
    });
    expect(again).toMatchObject({ code: 'CONFLICT', details: { reportId: sheet.id, version: 1 } });
    // The table itself refuses to change an issued row.
    expect(() => w.api.ws.db.prepare("UPDATE reports SET title = 'x' WHERE id = ?").run(sheet.id)).toThrow(/frozen/);
  });

  it('an evaluation changed after issue: the issued export is unchanged, the preview shows the change', async () => {
    const issuedJson = text(await w.api.ok('reports:export', { reportId: sheet.id, format: 'json' }));
    const issuedModel = JSON.parse(issuedJson) as CaseScoreSheet;
    // Reopen, add a deduction, finalise again.
    const evaluationId = u0a().evaluationId;
    await w.api.ok('evaluations:transition', {
      evaluationId,
      action: 'reopen',
      reason: '复核发现漏扣',
      actor: '法制科王科长',
    });
    await w.api.ok('evaluations:save-item', {
      evaluationId,
      itemId: 'C1',
      status: 'deducted',
      deductions: [{ optionId: 'insufficient', points: 5 }],
      actor: u0a().reviewer,
    });
    await w.api.ok('evaluations:transition', { evaluationId, action: 'submit', actor: u0a().reviewer });
    await w.api.ok('evaluations:transition', { evaluationId, action: 'review', actor: '复核人丁' });
    await w.api.ok('evaluations:transition', { evaluationId, action: 'finalize', actor: '法制科王科长' });

    expect(text(await w.api.ok('reports:export', { reportId: sheet.id, format: 'json' }))).toBe(issuedJson);
    const preview = await w.api.ok('reports:preview', {
      target: { kind: 'case_score_sheet', evaluationId },
      includeModel: true,
    });
    expect((preview.model as CaseScoreSheet).result.total).toBe(issuedModel.result.total! - 5);
    expect(preview.changedSinceIssue).toBe(true);
    expect(preview.issued.map((v) => v.version)).toEqual([1]);
  });

  it('a reissue is version 2 superseding version 1 with its reason, printed on it', async () => {
    const v2 = await w.api.ok('reports:reissue', { reportId: sheet.id, reason: '复核发现漏扣C1', actor: '周敏' });
    expect(v2).toMatchObject({
      version: 2,
      supersedes: { id: sheet.id, version: 1, reason: '复核发现漏扣C1' },
      fileStem: `案卷评查表-${u0a().caseNumber}（第2版）`,
    });
    const model = (await w.api.ok('reports:get', { reportId: v2.id })).model as CaseScoreSheet;
    expect(model.supersedes).toEqual({ version: 1, contentHash: sheet.contentHash, reason: '复核发现漏扣C1' });
    const html = text(await w.api.ok('reports:export', { reportId: v2.id, format: 'json' }));
    expect(JSON.parse(html).version).toBe(2);
    const list = await w.api.ok('reports:list', { caseId: u0a().caseId });
    expect(list.rows.map((r) => [r.version, r.supersededBy])).toEqual([
      [2, null],
      [1, v2.id],
    ]);
    // Version 1 is still there as it was, and cannot be reissued again.
    expect((await w.api.ok('reports:get', { reportId: sheet.id })).verified).toBe(true);
    expect(await refused('reports:reissue', { reportId: sheet.id, reason: '再改' })).toMatchObject({
      code: 'CONFLICT',
      field: 'reportId',
    });
    const after = await w.api.ok('reports:preview', {
      target: { kind: 'case_score_sheet', evaluationId: u0a().evaluationId },
    });
    expect(after.changedSinceIssue).toBe(false);
  });
});

describe('the 通报 and its notices', () => {
  let report: IssuedReportView;

  beforeAll(async () => {
    await finishQ2(w);
    await w.api.ok('reports:save-settings', {
      campaignId: w.q2,
      settings: { noticeNumber: '津滨司评整〔2025〕{n}号', contact: { name: '李华', phone: '022-25201234' } },
    });
  });

  it('a notice before its 通报 is refused; so is a 通报 without a 发文字号', async () => {
    const notice = await refused('reports:issue', {
      target: { kind: 'rectification_notice', campaignId: w.q2, unit: UNITS[0] },
    });
    expect(notice).toMatchObject({ code: 'CONFLICT', field: 'target.campaignId' });
    expect(await refused('reports:issue', { target: { kind: 'campaign_report', campaignId: w.q2 } })).toMatchObject({
      code: 'VALIDATION',
      field: 'documentNumber',
    });
  });

  it('issues the 通报 with the number entered; the number cannot be used twice', async () => {
    report = await w.api.ok('reports:issue', {
      target: { kind: 'campaign_report', campaignId: w.q2 },
      documentNumber: '津滨司发〔2025〕30号',
      actor: '周敏',
    });
    expect(report).toMatchObject({
      version: 1,
      documentNumber: '津滨司发〔2025〕30号',
      fileStem: '评查情况通报-津滨司发〔2025〕30号',
    });
    const model = (await w.api.ok('reports:get', { reportId: report.id })).model as CampaignReport;
    // The units with items get their notice numbers in the 通报's order.
    const withItems = model.rectification.byUnit.filter((u) => u.items > 0);
    expect(withItems.map((u) => u.noticeNumber)).toEqual(withItems.map((_, i) => `津滨司评整〔2025〕${i + 1}号`));
    const q1 = await refused('reports:issue', {
      target: { kind: 'campaign_report', campaignId: w.q1 },
      documentNumber: '津滨司发〔2025〕30号',
    });
    expect(q1).toMatchObject({ code: 'CONFLICT', field: 'documentNumber' });
  });

  it('issuing a notice issues its unit’s items on the notice date; notice and board agree on the deadline', async () => {
    const model = (await w.api.ok('reports:get', { reportId: report.id })).model as CampaignReport;
    const unit = model.rectification.byUnit.find((u) => u.items > 0)!;
    const notice = await w.api.ok('reports:issue', {
      target: { kind: 'rectification_notice', campaignId: w.q2, unit: unit.unit },
      actor: '周敏',
    });
    expect(notice.documentNumber).toBe(unit.noticeNumber);
    const items = (await w.api.ok('rectifications:list', { campaignId: w.q2, unit: unit.unit })).rows;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items)
      expect(item).toMatchObject({ issuedOn: REPORT_TODAY, deadline: '2025-10-30', status: 'pending' });
    const frozen = (await w.api.ok('reports:get', { reportId: notice.id })).model as RectificationNotice;
    expect(frozen.deadline).toEqual({ from: REPORT_TODAY, workingDays: 15, date: '2025-10-30' });
    expect(frozen.campaign.documentNumber).toBe('津滨司发〔2025〕30号');
    expect(frozen.cases.flatMap((c) => c.items.map((i) => i.problem))).toEqual(items.map((i) => i.problem));
    // Other units' drafts stay drafts.
    const others = (await w.api.ok('rectifications:list', { campaignId: w.q2, status: 'draft' })).rows;
    expect(others.every((i) => i.unit !== unit.unit)).toBe(true);
  });

  it('a batch with mode issue issues what is missing (the remaining notices), keeps what is issued, exports all', async () => {
    const events: unknown[] = [];
    const model = (await w.api.ok('reports:get', { reportId: report.id })).model as CampaignReport;
    const units = model.rectification.byUnit.filter((u) => u.items > 0).map((u) => u.unit);
    const emit = w.api.ctx.emit;
    w.api.ctx.emit = (event, payload) => void events.push({ event, payload });
    try {
      const job = await w.api.ok('reports:export-batch', {
        jobId: 'job-notices-1',
        campaignId: w.q2,
        kinds: ['campaign_report', 'rectification_notice'],
        formats: ['json', 'docx'],
        mode: 'issue',
        actor: '周敏',
      });
      const listed = (await w.api.ok('reports:list', { campaignId: w.q2, kind: 'rectification_notice' })).rows;
      // One notice was issued before: the job issued the others and left the 通报 and it alone.
      expect(listed.map((r) => r.unit).sort()).toEqual([...units].sort());
      expect(job.issued.map((r) => r.kind)).toEqual(units.slice(1).map(() => 'rectification_notice'));
      expect(job.files.every((f) => f.source === 'issued')).toBe(true);
      expect(job.files[0]).toMatchObject({
        name: '评查情况通报-津滨司发〔2025〕30号.json',
        reportId: report.id,
        version: 1,
      });
      expect(job.files.filter((f) => f.kind === 'rectification_notice')).toHaveLength(listed.length * 2);
      const download = await w.api.ok('reports:download', { jobId: 'job-notices-1', index: 0 });
      expect(JSON.parse(text(download)).documentNumber).toBe('津滨司发〔2025〕30号');
      const progress = events.filter((e) => (e as { event: string }).event === 'reports:progress');
      expect(progress.at(-1)).toMatchObject({
        payload: { jobId: 'job-notices-1', phase: 'done', done: job.files.length },
      });
      expect(progress.some((e) => (e as { payload: { phase: string } }).payload.phase === 'rendering')).toBe(true);
    } finally {
      w.api.ctx.emit = emit;
    }
  });
});
