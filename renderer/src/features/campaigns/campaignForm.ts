/** The campaign form's state and its translation to `campaigns:create` / `campaigns:update` inputs. */
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import type { CampaignScope, DrawRule } from '../../../../shared/campaigns/scope.ts';
import { DEFAULT_RECTIFICATION_WORKING_DAYS } from '../../../../shared/campaigns/rectification.ts';
import type { CaseType, Procedure } from '../../../../shared/domain/bundle.ts';

export interface CampaignForm {
  title: string;
  organiser: string;
  from: string;
  to: string;
  units: string[];
  caseTypes: CaseType[];
  procedures: Procedure[];
  ruleKind: DrawRule['kind'];
  perUnit: string;
  percent: string;
  seed: string;
  /** `auto`, `none` or a campaign id. */
  previous: string;
  rectificationDays: string;
  notes: string;
}

/** This quarter as a default period. */
function currentQuarter(today = new Date()): { from: string; to: string } {
  const year = today.getFullYear();
  const q = Math.floor(today.getMonth() / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(year, q * 3 + 3, 0).getDate();
  return { from: `${year}-${pad(q * 3 + 1)}-01`, to: `${year}-${pad(q * 3 + 3)}-${pad(lastDay)}` };
}

export function formOf(campaign: CampaignSummary | null): CampaignForm {
  if (!campaign) {
    const { from, to } = currentQuarter();
    return {
      title: '',
      organiser: '',
      from,
      to,
      units: [],
      caseTypes: [],
      procedures: [],
      ruleKind: 'per_unit',
      perUnit: '3',
      percent: '10',
      seed: '',
      previous: 'auto',
      rectificationDays: String(DEFAULT_RECTIFICATION_WORKING_DAYS),
      notes: '',
    };
  }
  const rule = campaign.rule;
  return {
    title: campaign.title,
    organiser: campaign.organiser ?? '',
    from: campaign.period.from,
    to: campaign.period.to,
    units: [...(campaign.scope.units ?? [])],
    caseTypes: [...(campaign.scope.caseTypes ?? [])],
    procedures: [...(campaign.scope.procedures ?? [])],
    ruleKind: rule.kind,
    perUnit: rule.kind === 'per_unit' ? String(rule.n) : '3',
    percent: rule.kind === 'percent' ? String(rule.percent) : '10',
    seed: campaign.seed ?? '',
    previous: campaign.previousAuto ? 'auto' : campaign.previous ? String(campaign.previous.id) : 'none',
    rectificationDays: String(campaign.rectificationDays),
    notes: campaign.notes ?? '',
  };
}

export function scopeOf(form: CampaignForm): CampaignScope {
  return {
    ...(form.units.length > 0 ? { units: form.units } : {}),
    ...(form.caseTypes.length > 0 ? { caseTypes: form.caseTypes } : {}),
    ...(form.procedures.length > 0 ? { procedures: form.procedures } : {}),
  };
}

/** The rule, or null while its number is not valid. */
export function ruleOf(form: CampaignForm): DrawRule | null {
  if (form.ruleKind === 'all') return { kind: 'all' };
  if (form.ruleKind === 'per_unit') {
    const n = Number(form.perUnit);
    return Number.isInteger(n) && n >= 1 ? { kind: 'per_unit', n } : null;
  }
  const percent = Number(form.percent);
  return percent > 0 && percent <= 100 && Math.round(percent * 100) === percent * 100
    ? { kind: 'percent', percent }
    : null;
}

export function periodValid(form: CampaignForm): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(form.from) && /^\d{4}-\d{2}-\d{2}$/.test(form.to) && form.from <= form.to;
}

export function daysOf(form: CampaignForm): number | null {
  const days = Number(form.rectificationDays);
  return Number.isInteger(days) && days >= 1 && days <= 120 ? days : null;
}

export function formReady(form: CampaignForm): boolean {
  return form.title.trim() !== '' && periodValid(form) && ruleOf(form) !== null && daysOf(form) !== null;
}

function wording(form: CampaignForm) {
  return {
    title: form.title.trim(),
    organiser: form.organiser.trim() || null,
    rectificationDays: daysOf(form) ?? DEFAULT_RECTIFICATION_WORKING_DAYS,
    notes: form.notes.trim() || null,
  };
}

function population(form: CampaignForm) {
  return {
    period: { from: form.from, to: form.to },
    scope: scopeOf(form),
    rule: ruleOf(form) ?? { kind: 'all' as const },
    seed: form.seed.trim() || null,
  };
}

export function createInput(form: CampaignForm) {
  return { ...wording(form), ...population(form) };
}

/** After the draw only the wording and the deadline days can change. */
export function updateInput(form: CampaignForm, drawn: boolean) {
  return drawn ? wording(form) : { ...wording(form), ...population(form) };
}
