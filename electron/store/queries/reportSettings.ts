/** A campaign's report settings (one JSON document per campaign, parsed by the shared schema). */
import type { ReportSettingsView } from '../../../shared/api/reportTypes.ts';
import { reportSettingsSchema, resolveReportSettings, type ReportSettings } from '../../../shared/reports/settings.ts';
import { nowIso, stmt, type Db } from '../db.ts';
import { appendAudit } from './audit.ts';
import { campaignRow, periodOf, type CampaignRow } from './campaigns.ts';

export function storedReportSettings(db: Db, campaignId: number): ReportSettings {
  const row = stmt(db, 'SELECT settings_json AS json FROM report_settings WHERE campaign_id = ?').get(campaignId) as
    { json: string } | undefined;
  return row ? reportSettingsSchema.parse(JSON.parse(row.json)) : {};
}

export function reportSettingsView(db: Db, campaign: CampaignRow): ReportSettingsView {
  const settings = storedReportSettings(db, campaign.id);
  return {
    campaignId: campaign.id,
    settings,
    resolved: resolveReportSettings(settings, { ...campaign, period: periodOf(campaign) }),
  };
}

/** Merges the given fields into the stored ones; `null` clears a field, an absent one keeps it. */
export function saveReportSettings(
  db: Db,
  input: { campaignId: number; settings: ReportSettings; actor: string },
): ReportSettingsView {
  return db.transaction(() => {
    const campaign = campaignRow(db, input.campaignId);
    const before = storedReportSettings(db, campaign.id);
    const merged: Record<string, unknown> = { ...before };
    for (const [key, value] of Object.entries(input.settings)) {
      if (value === undefined) continue;
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    const settings = reportSettingsSchema.parse(merged);
    const at = nowIso();
    stmt(
      db,
      `INSERT INTO report_settings (campaign_id, settings_json, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (campaign_id) DO UPDATE SET settings_json = excluded.settings_json,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(campaign.id, JSON.stringify(settings), at, input.actor);
    appendAudit(db, {
      actor: input.actor,
      at,
      entity: 'campaign',
      entityId: campaign.id,
      action: 'report-settings',
      before,
      after: settings,
    });
    return reportSettingsView(db, campaign);
  })();
}
