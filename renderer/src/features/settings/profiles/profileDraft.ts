/**
 * The profile form's state: every input as the text the user typed, turned back into profile
 * JSON for `profiles:save`. Nothing is validated here — the server's schema is the one judge,
 * and its errors come back by JSON path (`hearingThresholds[0].individual`), which is also how
 * the form names its fields.
 */
import { PARTY_TYPES, type PartyType } from '../../../../../shared/domain/bundle.ts';
import type { HearingThreshold, Profile } from '../../../../../shared/profiles/schema.ts';
import { SHOWN_VALUE_KEYS, type EditableValueKey } from './valueInfo.ts';

export interface Provenance {
  assumed: boolean;
  note: string;
  source: string;
}

export type ThresholdDraft = Provenance & { effectiveFrom: string } & Record<PartyType, string>;

export type ValueDraft = Provenance & { value: string };

export interface ProfileDraft {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  hearingThresholds: ThresholdDraft[];
  values: Record<EditableValueKey, ValueDraft>;
}

const text = (value: string | null | undefined): string => value ?? '';

function provenanceOf(v: { assumed: boolean; note?: string | null; source?: string | null }): Provenance {
  return { assumed: v.assumed, note: text(v.note), source: text(v.source) };
}

export function thresholdDraft(t: HearingThreshold): ThresholdDraft {
  const amounts = Object.fromEntries(PARTY_TYPES.map((p) => [p, String(t[p])])) as Record<PartyType, string>;
  return { effectiveFrom: t.effectiveFrom, ...amounts, ...provenanceOf(t) };
}

/** An empty row for another effective date. */
export function emptyThreshold(): ThresholdDraft {
  const amounts = Object.fromEntries(PARTY_TYPES.map((p) => [p, ''])) as Record<PartyType, string>;
  return { effectiveFrom: '', ...amounts, assumed: false, note: '', source: '' };
}

/**
 * The form for a profile. A copy (a bundled profile is never edited in place) gets a new id and
 * name to start from; the user may change both.
 */
export function draftOf(profile: Profile, copy: { id: string; name: string } | null): ProfileDraft {
  const values = Object.fromEntries(
    SHOWN_VALUE_KEYS.map((key) => {
      const v = profile[key];
      return [key, { value: String(v.value), ...provenanceOf(v) }];
    }),
  ) as Record<EditableValueKey, ValueDraft>;
  return {
    id: copy?.id ?? profile.id,
    name: copy?.name ?? profile.name,
    // The original's English name does not name the copy.
    nameEn: copy ? '' : text(profile.nameEn),
    description: text(profile.description),
    hearingThresholds: profile.hearingThresholds.map(thresholdDraft),
    values,
  };
}

/** A number when the text is one; otherwise the text itself, so the schema says what is wrong. */
function numberOrText(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

function valueOf(key: EditableValueKey, value: string): unknown {
  if (key === 'simpleProcedureRequiresTwoOfficers') return value === 'true';
  if (key === 'legalReviewScope') return value;
  return numberOrText(value);
}

/** Optional texts: empty means absent (null), never an empty string the schema refuses. */
const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function provenanceJson(p: Provenance) {
  return { assumed: p.assumed, note: optional(p.note), source: optional(p.source) };
}

/**
 * The profile JSON to save: the draft's fields over the original, whose document order and
 * calendar overrides the form keeps as they are.
 */
export function profileJsonOf(draft: ProfileDraft, base: Profile): Record<string, unknown> {
  const values = Object.fromEntries(
    SHOWN_VALUE_KEYS.map((key) => {
      const v = draft.values[key];
      return [key, { value: valueOf(key, v.value), ...provenanceJson(v) }];
    }),
  );
  return {
    ...base,
    id: draft.id.trim(),
    name: draft.name.trim(),
    nameEn: optional(draft.nameEn),
    description: optional(draft.description),
    hearingThresholds: draft.hearingThresholds.map((t) => ({
      effectiveFrom: t.effectiveFrom,
      ...Object.fromEntries(PARTY_TYPES.map((p) => [p, numberOrText(t[p])])),
      ...provenanceJson(t),
    })),
    ...values,
  };
}

/** A suggested id and name for a copy: `tianjin-2`, `tianjin-3` … whichever is free. */
export function copyName(
  profile: Profile,
  takenIds: readonly string[],
  nameSuffix: string,
): { id: string; name: string } {
  let n = 2;
  while (takenIds.includes(`${profile.id}-${n}`)) n += 1;
  return { id: `${profile.id}-${n}`, name: `${profile.name}${nameSuffix}` };
}
