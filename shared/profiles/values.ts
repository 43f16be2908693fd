/** Reading the values rules need from a profile. */
import type { PartyType } from '../domain/bundle.ts';
import { PROFILE_VALUE_KEYS } from './schema.ts';
import type { HearingThreshold, Profile } from './schema.ts';

/**
 * The hearing threshold in force on `date`: the entry with the latest `effectiveFrom` on or
 * before it. Dates before every entry use the earliest entry (the profile's oldest known
 * value is a better guess than none); with no date the latest entry applies.
 */
export function hearingThresholdAt(profile: Profile, date: string | null | undefined): HearingThreshold {
  const sorted = [...profile.hearingThresholds].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const earliest = sorted[0];
  if (!earliest) throw new Error('profile without hearing thresholds'); // the schema requires ≥ 1
  if (!date) return sorted[sorted.length - 1] ?? earliest;
  let chosen = earliest;
  for (const entry of sorted) if (entry.effectiveFrom <= date) chosen = entry;
  return chosen;
}

export function hearingThresholdFor(profile: Profile, party: PartyType, date: string | null | undefined): number {
  return hearingThresholdAt(profile, date)[party];
}

export interface ProfileAssumption {
  /** JSON path of the value, e.g. `statementPeriodWorkingDays` or `hearingThresholds[0]`. */
  path: string;
  note: string | null;
  source: string | null;
}

/** The values still marked `assumed`, for the settings page and report footnotes. */
export function listAssumptions(profile: Profile): ProfileAssumption[] {
  const out: ProfileAssumption[] = [];
  profile.hearingThresholds.forEach((t, i) => {
    if (t.assumed) out.push({ path: `hearingThresholds[${i}]`, note: t.note ?? null, source: t.source ?? null });
  });
  for (const key of PROFILE_VALUE_KEYS) {
    const v = profile[key];
    if (v.assumed) out.push({ path: key, note: v.note ?? null, source: v.source ?? null });
  }
  return out;
}
