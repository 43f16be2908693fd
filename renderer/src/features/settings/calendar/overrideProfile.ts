/**
 * A year's holiday schedule written into a profile: the profile JSON with that year's override
 * added, replaced or removed, and the way back from the server's paths to the dialog's fields.
 */
import type { Profile, ProfileCalendarOverride } from '../../../../../shared/profiles/schema.ts';
import type { PathIssue } from '../common/IssueTable.tsx';

export interface OverrideChange {
  /** The year being edited before the change (null: a new year). */
  replaces: number | null;
  /** The schedule to store (null: remove the year `replaces`). */
  override: ProfileCalendarOverride | null;
  /** A bundled profile is saved as a user copy under this id and name. */
  copy: { id: string; name: string } | null;
}

export function profileWithOverride(profile: Profile, change: OverrideChange): { json: Profile; index: number } {
  const others = profile.calendarOverrides.filter((o) => o.year !== change.replaces);
  const list = [...others, ...(change.override ? [change.override] : [])].sort((a, b) => a.year - b.year);
  const index = change.override ? list.indexOf(change.override) : -1;
  return { json: { ...profile, ...(change.copy ?? {}), calendarOverrides: list }, index };
}

/** `calendarOverrides[2].workdays` → `override.workdays` for the override at `index`; one per year → the year. */
export function overrideIssues(issues: readonly PathIssue[], index: number): PathIssue[] {
  const prefix = `calendarOverrides[${index}]`;
  return issues.map((issue) => {
    if (issue.path === 'calendarOverrides') return { ...issue, path: 'override.year' };
    if (issue.path === prefix) return { ...issue, path: 'override' };
    if (issue.path.startsWith(`${prefix}.`))
      return { ...issue, path: `override.${issue.path.slice(prefix.length + 1)}` };
    return issue;
  });
}
