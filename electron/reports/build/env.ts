/**
 * What the report builders share while they read the store for one request: the database,
 * the report date everything is reckoned as of, the working-day calendar, and caches of what
 * many sheets of a campaign look up again and again (templates, reviewers, settings).
 */
import type { ReviewerView } from '../../../shared/api/campaignTypes.ts';
import { localIsoDate } from '../../../shared/calendar/dates.ts';
import type { WorkdayCalendar } from '../../../shared/calendar/workdays.ts';
import type { ResolvedReportSettings } from '../../../shared/reports/settings.ts';
import type { Template } from '../../../shared/templates/index.ts';
import type { Db } from '../../store/db.ts';
import { campaignRow } from '../../store/queries/campaigns.ts';
import { activeCalendar } from '../../store/queries/rectificationViews.ts';
import { reportSettingsView } from '../../store/queries/reportSettings.ts';
import { reviewerByName } from '../../store/queries/reviewers.ts';
import { pinnedTemplate } from '../../store/queries/templates.ts';

export interface BuildEnv {
  db: Db;
  /** The date the document bears (印发日期); deadlines, overdue and follow-up are reckoned as of it. */
  reportDate: string;
  calendar: WorkdayCalendar;
  template(id: string, version: string): Template;
  reviewer(name: string): ReviewerView | null;
  settings(campaignId: number): ResolvedReportSettings;
}

export function buildEnv(db: Db, reportDate: string): BuildEnv {
  const templates = new Map<string, Template>();
  const reviewers = new Map<string, ReviewerView | null>();
  const settings = new Map<number, ResolvedReportSettings>();
  let calendar: WorkdayCalendar | null = null;
  return {
    db,
    reportDate,
    get calendar() {
      calendar ??= activeCalendar(db);
      return calendar;
    },
    template(id, version) {
      const key = `${id}@${version}`;
      let t = templates.get(key);
      if (!t) {
        t = pinnedTemplate(db, id, version).template;
        templates.set(key, t);
      }
      return t;
    },
    reviewer(name) {
      if (!reviewers.has(name)) reviewers.set(name, reviewerByName(db, name));
      return reviewers.get(name)!;
    },
    settings(campaignId) {
      let s = settings.get(campaignId);
      if (!s) {
        s = reportSettingsView(db, campaignRow(db, campaignId)).resolved;
        settings.set(campaignId, s);
      }
      return s;
    },
  };
}

/** The local date of a stored UTC timestamp: a 评查 signed at 07:30 in Tianjin is that day's. */
export function localDateOf(timestamp: string | null): string | null {
  return timestamp ? localIsoDate(new Date(timestamp)) : null;
}
