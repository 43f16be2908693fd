/**
 * The demo workspace's campaign: what a new user of `npm start` finds besides the imported
 * cases — a reviewer pool, a campaign drawn over the demo cases with a recorded seed,
 * cross-review assignment, evaluations at every stage (scored by accepting the automatic
 * findings, as a reviewer would), one 复核 overturn, and rectification items drafted and
 * followed up in every state, one of them overdue.
 *
 * Everything goes through the API handlers, so the demo is made of exactly what the app would
 * have stored. It is deterministic for a given date (the seed is fixed, choices go by findings
 * and case number); dates are reckoned back from today so that "overdue" stays true whenever
 * it runs.
 */
import { addDays } from '../../shared/calendar/dates.ts';
import { AppError } from '../../shared/errors.ts';
import type { OptionChoice } from '../../shared/scoring/types.ts';
import type { Template } from '../../shared/templates/index.ts';
import type { Workspace } from '../store/workspace.ts';
import { cliApi, type CliApi } from './apiCall.ts';

const UNIT_REVIEWERS = ['张伟', '王芳', '刘洋', '陈静', '杨帆', '赵磊', '孙丽', '马超'];
const LEGAL_OFFICE = { name: '周敏', title: '区司法局执法监督科科长' };
const SECOND_REVIEWER = { name: '何立新', title: '区司法局执法监督科' };
const LAWYER = { name: '郑航', title: '天津某律师事务所律师' };
const ACTOR = '周敏';

export interface DemoSummary {
  campaignId: number;
  drawn: number;
  finalized: number;
  rectifications: number;
}

/** Scores an evaluation the way a reviewer starts: accept every failing automatic finding. */
async function acceptFindings(api: CliApi, evaluationId: number, reviewer: string): Promise<void> {
  const view = await api.call('evaluations:open', { evaluationId });
  for (const f of view.findings) {
    if (f.status === 'fail' && f.targets.length > 0 && f.decision === 'pending') {
      await api.call('evaluations:decide-finding', {
        evaluationId,
        findingId: f.id,
        decision: 'accepted',
        actor: reviewer,
      });
    }
  }
}

/**
 * A deduction the reviewer adds by hand: the first item of the standard's last category (the
 * file and its documents, in every bundled standard), its first option, with a note.
 */
function manualDeduction(template: Template): { itemId: string; choice: OptionChoice } | null {
  const last = template.categories[template.categories.length - 1];
  const item = last?.items[0];
  const option = item?.deductions[0];
  if (!item || !option) return null;
  const choice: OptionChoice =
    option.kind === 'range'
      ? { optionId: option.id, points: option.min }
      : option.kind === 'per_occurrence'
        ? { optionId: option.id, occurrences: 1 }
        : { optionId: option.id };
  return { itemId: item.id, choice };
}

/** Marks every item still unreviewed as without problems, or deducts the manual one. */
async function completeItems(
  api: CliApi,
  evaluationId: number,
  reviewer: string,
  deductByHand: boolean,
): Promise<void> {
  const view = await api.call('evaluations:open', { evaluationId });
  const manual = deductByHand ? manualDeduction(view.template) : null;
  for (const itemId of view.score.unreviewed) {
    const deduct = manual?.itemId === itemId;
    await api.call('evaluations:save-item', {
      evaluationId,
      itemId,
      status: deduct ? 'deducted' : 'ok',
      deductions: deduct ? [manual.choice] : [],
      ...(deduct ? { note: '卷内文书填写不规范，有涂改未签名确认' } : {}),
      actor: reviewer,
    });
  }
}

/** Drawn cases with the most failing automatic findings first (they make the richer demo), then by number. */
async function byFindings(api: CliApi, campaignId: number) {
  const rows = (await api.call('campaigns:cases', { campaignId, limit: 1000 })).rows;
  const failing = new Map<number, number>();
  for (const row of rows) {
    const view = await api.call('evaluations:open', { evaluationId: row.evaluationId });
    failing.set(row.evaluationId, view.findings.filter((f) => f.status === 'fail' && f.targets.length > 0).length);
  }
  const withUnit = (r: (typeof rows)[number]) => (r.unit ? 0 : 1);
  return [...rows].sort(
    (a, b) =>
      withUnit(a) - withUnit(b) ||
      failing.get(b.evaluationId)! - failing.get(a.evaluationId)! ||
      (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0),
  );
}

export async function seedDemoCampaign(ws: Workspace, today: string): Promise<DemoSummary | null> {
  const api = cliApi(ws, today);
  const dates = ws.db
    .prepare('SELECT min(case_date) AS first, max(case_date) AS last FROM cases WHERE is_current = 1')
    .get() as { first: string | null; last: string | null };
  const units = (
    ws.db.prepare('SELECT DISTINCT unit FROM cases WHERE is_current = 1 AND unit IS NOT NULL ORDER BY unit').all() as {
      unit: string;
    }[]
  ).map((r) => r.unit);
  if (!dates.first || !dates.last || units.length === 0) return null;

  for (const [i, unit] of units.slice(0, UNIT_REVIEWERS.length).entries()) {
    await api.call('reviewers:save', {
      name: UNIT_REVIEWERS[i],
      affiliation: 'unit',
      unit,
      title: '执法队员',
      actor: ACTOR,
    });
  }
  const legal = await api.call('reviewers:save', { ...LEGAL_OFFICE, affiliation: 'legal_office', actor: ACTOR });
  await api.call('reviewers:save', { ...SECOND_REVIEWER, affiliation: 'legal_office', actor: ACTOR });
  await api.call('reviewers:save', { ...LAWYER, affiliation: 'external', actor: ACTOR });

  const campaign = await api.call('campaigns:create', {
    title: '行政执法案卷评查（演示）',
    organiser: '天津市滨海新区司法局',
    period: { from: dates.first, to: dates.last },
    rule: { kind: 'percent', percent: 60 },
    seed: '20250701',
    notes: '演示数据：按单位和办案程序分层随机抽取 60% 的案卷，交叉评查。',
    actor: ACTOR,
  });
  await api.call('campaigns:draw', { campaignId: campaign.id, actor: ACTOR });
  await api.call('campaigns:assign', { mode: 'auto', campaignId: campaign.id, actor: ACTOR });
  const cases = await byFindings(api, campaign.id);

  // Stages in that order: three finalised, then reviewed, two submitted, two in progress.
  const stages = [
    'finalized',
    'finalized',
    'finalized',
    'reviewed',
    'submitted',
    'submitted',
    'in_progress',
    'in_progress',
  ];
  let finalized = 0;
  for (const [i, row] of cases.entries()) {
    const stage = stages[i];
    if (!stage) break;
    const reviewer = row.reviewerName!;
    const checker = row.reviewerName === SECOND_REVIEWER.name ? LEGAL_OFFICE.name : SECOND_REVIEWER.name;
    await api.call('evaluations:transition', { evaluationId: row.evaluationId, action: 'start', actor: reviewer });
    await acceptFindings(api, row.evaluationId, reviewer);
    if (stage === 'in_progress') continue;
    await completeItems(api, row.evaluationId, reviewer, i === 0 || i === 2 || i === 4);
    await api.call('evaluations:transition', { evaluationId: row.evaluationId, action: 'submit', actor: reviewer });
    if (stage === 'submitted') continue;
    if (i === 1 && row.templateId === 'general-penalty') {
      // One 复核 overturn: the second reviewer finds the filing approval incomplete.
      await api.call('evaluations:review-change', {
        evaluationId: row.evaluationId,
        actor: checker,
        changes: [
          {
            target: 'item',
            id: 'B1',
            result: {
              status: 'deducted',
              deductions: [{ optionId: 'element', occurrences: 1 }],
              note: '立案审批表缺承办人意见',
            },
            reason: '复核发现立案审批表要素缺失，初评未扣分',
          },
        ],
      });
    }
    await api.call('evaluations:transition', { evaluationId: row.evaluationId, action: 'review', actor: checker });
    if (stage === 'reviewed') continue;
    await api.call('evaluations:transition', {
      evaluationId: row.evaluationId,
      action: 'finalize',
      actor: LEGAL_OFFICE.name,
    });
    finalized += 1;
  }

  const drafted = await api.call('rectifications:draft', { campaignId: campaign.id, actor: ACTOR });
  const items = [...drafted.created].sort(
    (a, b) => a.caseNumber.localeCompare(b.caseNumber) || a.itemId.localeCompare(b.itemId),
  );
  try {
    await followUp(
      api,
      campaign.id,
      items.map((r) => r.id),
      legal.id,
      today,
    );
  } catch (err) {
    // A year the holiday data does not cover yet: the items stay drafts rather than get wrong deadlines.
    if (!(err instanceof AppError) || err.code !== 'CALENDAR_NOT_COVERED') throw err;
  }
  return { campaignId: campaign.id, drawn: cases.length, finalized, rectifications: items.length };
}

/**
 * Item states: overdue (issued long ago, untouched), in progress with a reply, reported done,
 * accepted by the legal office; the rest stay drafts for the user to edit and issue.
 */
async function followUp(
  api: CliApi,
  campaignId: number,
  ids: readonly number[],
  approverId: number,
  today: string,
): Promise<void> {
  const longAgo = addDays(today, -45);
  const lately = addDays(today, -3);
  const [overdue, working, done, accepted] = ids;
  const issue = (id: number | undefined, issuedOn: string) =>
    id === undefined ? null : api.call('rectifications:issue', { campaignId, ids: [id], issuedOn, actor: ACTOR });
  await issue(overdue, longAgo);
  await issue(working, lately);
  await issue(done, longAgo);
  await issue(accepted, longAgo);
  const reply = (id: number, text: string) => api.call('rectifications:reply', { id, text, actor: '承办单位联络员' });
  if (working !== undefined) {
    await api.call('rectifications:move', { id: working, action: 'start', actor: '承办单位联络员' });
    await reply(working, '已组织执法人员学习相关规定，正在补正卷宗。');
  }
  for (const id of [done, accepted]) {
    if (id === undefined) continue;
    await reply(id, '已按整改要求完成整改，附整改情况报告。');
    await api.call('rectifications:move', {
      id,
      action: 'complete',
      on: addDays(longAgo, 10),
      actor: '承办单位联络员',
    });
  }
  if (accepted !== undefined) {
    await api.call('rectifications:move', {
      id: accepted,
      action: 'approve',
      approverId,
      on: addDays(longAgo, 12),
      actor: ACTOR,
    });
  }
}
