/**
 * Personal ID numbers are masked by default in every report: the first 6 characters (the
 * region code) and the last 4 stay, everything between becomes `*`. Unified social credit
 * codes of organisations are public registrations and stay as they are.
 */
import type { ReportModel } from './model.ts';

export function maskIdNumber(id: string): string {
  const value = id.trim();
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** True for the shapes of a resident ID (15 or 18 characters, digits with an optional final X). */
export function looksLikePersonalId(id: string): boolean {
  return /^\d{15}$|^\d{17}[\dXx]$/.test(id.trim());
}

/**
 * The ID as a report prints it. `reveal` is an explicit choice of the person exporting (e.g.
 * a notice served on the party itself); organisations' codes are never masked.
 */
export function reportIdNumber(
  id: string | null,
  options: { personal: boolean; reveal?: boolean },
): { idNumber: string | null; idMasked: boolean } {
  if (id === null || id.trim() === '') return { idNumber: null, idMasked: false };
  if (!options.personal || options.reveal) return { idNumber: id.trim(), idMasked: false };
  return { idNumber: maskIdNumber(id), idMasked: true };
}

/**
 * The model as it may be printed without an explicit reveal: a personal ID that a builder left
 * in full (because revealing was asked for then) is masked again. Exports mask by default; only
 * `reveal: true` at export time prints what the model holds.
 */
export function maskedForExport<M extends ReportModel>(model: M): M {
  if (model.kind !== 'case_score_sheet') return model;
  const party = model.case.party;
  if (!party.idNumber || party.idMasked) return model;
  if (!looksLikePersonalId(party.idNumber) && !party.idLabel.includes('身份证')) return model;
  return {
    ...model,
    case: { ...model.case, party: { ...party, idNumber: maskIdNumber(party.idNumber), idMasked: true } },
  };
}
