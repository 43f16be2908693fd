/**
 * Reading rectification items: the board (filtered, sorted, paged in SQL, with the column
 * counts), one item with its replies and timeline, and the timeline alone. The board status
 * (`draft` until issued, `overdue` in place of pending/in-progress once past the deadline) is
 * computed in SQL from today, so filtering and counting by it need no second pass.
 */
import type {
  AttachmentView,
  RectificationBoardStatus,
  RectificationDetail,
  RectificationEventView,
  RectificationHistory,
  RectificationListResult,
  RectificationStatus,
  RectificationView,
  ReplyView,
} from '../../../shared/api/rectificationTypes.ts';
import { rectificationListInput, type RectificationListInput } from '../../../shared/api/ops/rectifications.ts';
import type { WorkdayCalendar } from '../../../shared/calendar/workdays.ts';
import { completedLate, workingDaysOverdue } from '../../../shared/campaigns/rectification.ts';
import { AppError } from '../../../shared/errors.ts';
import { profileCalendar } from '../../../shared/profiles/calendar.ts';
import { stmt, type Db } from '../db.ts';
import { loadActiveProfile } from './profiles.ts';

/** The working-day calendar of the active region profile (packaged holidays plus its overrides). */
export function activeCalendar(db: Db): WorkdayCalendar {
  return profileCalendar(loadActiveProfile(db).profile);
}

/** The board status of the row aliased `r`; needs the `:today` parameter. */
export const BOARD_STATUS_SQL = `CASE WHEN r.issued_on IS NULL THEN 'draft'
    WHEN r.status IN ('pending', 'in_progress') AND r.deadline < :today THEN 'overdue'
    ELSE r.status END`;

const SELECT = `SELECT r.id, r.campaign_id AS campaignId, k.title AS campaignTitle, r.evaluation_id AS evaluationId,
    r.case_id AS caseId, r.case_number AS caseNumber, r.unit, r.target, r.template_id AS templateId,
    r.item_id AS itemId, r.item_name AS itemName, r.category, r.deducted, r.problem, r.requirement,
    r.legal_basis AS legalBasis, r.working_days AS workingDays, r.status, ${BOARD_STATUS_SQL} AS displayStatus,
    r.issued_on AS issuedOn, r.deadline, r.done_on AS doneOn, r.accepted_on AS acceptedOn, r.accepted_by AS acceptedBy,
    r.repeat_of_id AS repeatOfId, p.campaign_id AS repeatCampaignId, pk.title AS repeatCampaignTitle,
    p.case_number AS repeatCaseNumber, p.status AS repeatStatus, p.issued_on AS repeatIssuedOn,
    (SELECT count(*) FROM rectification_replies rr WHERE rr.rectification_id = r.id) AS replies,
    (SELECT count(*) FROM rectification_attachments ra JOIN rectification_replies rr ON rr.id = ra.reply_id
      WHERE rr.rectification_id = r.id) AS attachments,
    r.created_at AS createdAt, r.created_by AS createdBy, r.updated_at AS updatedAt
  FROM rectifications r
  JOIN campaigns k ON k.id = r.campaign_id
  LEFT JOIN rectifications p ON p.id = r.repeat_of_id
  LEFT JOIN campaigns pk ON pk.id = p.campaign_id`;

type RawView = Omit<RectificationView, 'repeatOf' | 'workingDaysOverdue' | 'completedLate'> & {
  repeatOfId: number | null;
  repeatCampaignId: number | null;
  repeatCampaignTitle: string | null;
  repeatCaseNumber: string | null;
  repeatStatus: RectificationStatus | null;
  repeatIssuedOn: string | null;
};

function overdueDays(row: RawView, today: string, calendar: WorkdayCalendar): number | null {
  if (row.deadline === null) return 0;
  try {
    return workingDaysOverdue({ status: row.status, deadline: row.deadline }, today, calendar);
  } catch (err) {
    if (err instanceof AppError && err.code === 'CALENDAR_NOT_COVERED') return null;
    throw err;
  }
}

export function viewOf(row: RawView, today: string, calendar: WorkdayCalendar): RectificationView {
  const { repeatOfId, repeatCampaignId, repeatCampaignTitle, repeatCaseNumber, repeatStatus, repeatIssuedOn, ...rest } =
    row;
  return {
    ...rest,
    workingDaysOverdue: overdueDays(row, today, calendar),
    completedLate:
      row.deadline !== null && completedLate({ status: row.status, deadline: row.deadline, doneOn: row.doneOn }),
    repeatOf:
      repeatOfId === null
        ? null
        : {
            id: repeatOfId,
            campaignId: repeatCampaignId!,
            campaignTitle: repeatCampaignTitle!,
            caseNumber: repeatCaseNumber!,
            status: repeatStatus!,
            issuedOn: repeatIssuedOn,
          },
  };
}

export function rectificationView(db: Db, id: number, today: string, field = 'id'): RectificationView {
  const row = stmt(db, `${SELECT} WHERE r.id = :id`).get({ id, today }) as RawView | undefined;
  if (!row) throw new AppError('NOT_FOUND', { detail: `整改事项 rectification ${id}`, field });
  return viewOf(row, today, activeCalendar(db));
}

const FILTERS = `WHERE (:campaignId IS NULL OR r.campaign_id = :campaignId)
    AND (:unit IS NULL OR r.unit = :unit)
    AND (:repeat IS NULL OR (:repeat = 1 AND r.repeat_of_id IS NOT NULL) OR (:repeat = 0 AND r.repeat_of_id IS NULL))
    AND (:evaluationId IS NULL OR r.evaluation_id = :evaluationId)
    AND (:caseId IS NULL OR r.case_id = :caseId)
    AND (:itemId IS NULL OR r.item_id = :itemId)
    AND (:text IS NULL OR instr(r.case_number, :text) > 0 OR instr(r.problem, :text) > 0
         OR instr(r.item_name, :text) > 0)`;

const STATUS_FILTER = `AND (:status IS NULL OR ${BOARD_STATUS_SQL} = :status)`;

const SORT_SQL: Record<string, string> = {
  deadline: 'r.deadline',
  unit: 'r.unit',
  caseNumber: 'r.case_number',
  status: `CASE ${BOARD_STATUS_SQL} WHEN 'draft' THEN 0 WHEN 'overdue' THEN 1 WHEN 'pending' THEN 2
             WHEN 'in_progress' THEN 3 WHEN 'done' THEN 4 ELSE 5 END`,
  createdAt: 'r.created_at',
  itemId: 'r.item_id',
};

export const BOARD_STATUSES: readonly RectificationBoardStatus[] = [
  'draft',
  'pending',
  'in_progress',
  'overdue',
  'done',
  'accepted',
];

export function listRectifications(db: Db, raw: RectificationListInput, today: string): RectificationListResult {
  const input = rectificationListInput.parse(raw);
  const params = {
    today,
    campaignId: input.campaignId ?? null,
    unit: input.unit ?? null,
    status: input.status ?? null,
    repeat: input.repeat === undefined ? null : input.repeat ? 1 : 0,
    evaluationId: input.evaluationId ?? null,
    caseId: input.caseId ?? null,
    itemId: input.itemId ?? null,
    text: input.text?.trim() ? input.text.trim() : null,
  };
  const counts = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<RectificationBoardStatus, number>;
  for (const r of stmt(
    db,
    `SELECT ${BOARD_STATUS_SQL} AS status, count(*) AS n FROM rectifications r ${FILTERS} GROUP BY 1`,
  ).all(params) as { status: RectificationBoardStatus; n: number }[])
    counts[r.status] = r.n;
  const total = input.status ? counts[input.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  const direction = input.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = stmt(
    db,
    `${SELECT} ${FILTERS} ${STATUS_FILTER}
      ORDER BY ${SORT_SQL[input.sort] ?? 'r.deadline'} ${direction} NULLS LAST, r.unit, r.case_number, r.item_id, r.id
      LIMIT :limit OFFSET :offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as RawView[];
  const calendar = activeCalendar(db);
  return { total, rows: rows.map((r) => viewOf(r, today, calendar)), counts };
}

export function replies(db: Db, rectificationId: number): ReplyView[] {
  const list = stmt(
    db,
    `SELECT id, rectification_id AS rectificationId, text, at, by FROM rectification_replies
      WHERE rectification_id = ? ORDER BY id`,
  ).all(rectificationId) as Omit<ReplyView, 'attachments'>[];
  const files = stmt(
    db,
    `SELECT a.id, a.reply_id AS replyId, a.file_name AS fileName, a.size, a.mime, a.sha256
       FROM rectification_attachments a JOIN rectification_replies rr ON rr.id = a.reply_id
      WHERE rr.rectification_id = ? ORDER BY a.id`,
  ).all(rectificationId) as AttachmentView[];
  return list.map((r) => ({ ...r, attachments: files.filter((f) => f.replyId === r.id) }));
}

interface EventRow extends Omit<RectificationEventView, 'detail'> {
  detailJson: string | null;
}

export function rectificationHistory(db: Db, id: number, offset: number, limit: number): RectificationHistory {
  const total = (
    stmt(db, 'SELECT count(*) AS n FROM rectification_events WHERE rectification_id = ?').get(id) as { n: number }
  ).n;
  const rows = stmt(
    db,
    `SELECT id, rectification_id AS rectificationId, at, actor, action, from_status AS fromStatus,
            to_status AS toStatus, reason, reply_id AS replyId, detail_json AS detailJson
       FROM rectification_events WHERE rectification_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`,
  ).all(id, limit, offset) as EventRow[];
  return {
    total,
    rows: rows.map(({ detailJson, ...e }) => ({ ...e, detail: detailJson === null ? null : JSON.parse(detailJson) })),
  };
}

export function rectificationDetail(db: Db, id: number, today: string): RectificationDetail {
  const item = rectificationView(db, id, today);
  return { item, replies: replies(db, id), events: rectificationHistory(db, id, 0, 200).rows };
}
