/** A profile field's JSON path in words, for the list of a refused save's issues. */
import { PARTY_TYPES, type PartyType } from '../../../../../shared/domain/bundle.ts';
import type { Translate } from '../../../../../shared/i18n/index.ts';
import { PROFILE_VALUE_KEYS, type ProfileValueKey } from '../../../../../shared/profiles/schema.ts';

const TOP = ['id', 'name', 'nameEn', 'description'] as const;
const PROVENANCE = ['value', 'note', 'source', 'assumed'] as const;

export function profilePathLabel(t: Translate, path: string): string {
  if ((TOP as readonly string[]).includes(path)) return t(`settings.profiles.field.${path as (typeof TOP)[number]}`);
  const threshold = /^hearingThresholds\[(\d+)\]\.?(\w*)$/.exec(path);
  if (threshold) {
    const row = t('settings.profiles.thresholdRow', { n: Number(threshold[1]) + 1 });
    const field = threshold[2] ?? '';
    if ((PARTY_TYPES as readonly string[]).includes(field))
      return `${row} · ${t(`settings.party.${field as PartyType}`)}`;
    if (field === 'effectiveFrom') return `${row} · ${t('settings.profiles.effectiveFrom')}`;
    if ((PROVENANCE as readonly string[]).includes(field)) {
      return `${row} · ${t(`settings.profiles.field.${field as (typeof PROVENANCE)[number]}`)}`;
    }
    return row;
  }
  if (path === 'hearingThresholds') return t('settings.profiles.thresholds');
  const [key, field] = path.split('.');
  if (key && (PROFILE_VALUE_KEYS as readonly string[]).includes(key)) {
    const label = t(`settings.profiles.values.${key as ProfileValueKey}`);
    return field && (PROVENANCE as readonly string[]).includes(field)
      ? `${label} · ${t(`settings.profiles.field.${field as (typeof PROVENANCE)[number]}`)}`
      : label;
  }
  return path;
}
