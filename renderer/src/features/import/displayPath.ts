/**
 * Paths as a reviewer should read them. Uploaded selections are imported from a staging folder
 * (`…/staging/<id>/`), a detail of browser mode that means nothing to the user: strip it, so
 * "第二批/坏案卷/case.json" is shown rather than the server-side path.
 */
const STAGING_PREFIX = /(?:[A-Za-z]:)?[\\/][^\s"'：]*?[\\/]staging[\\/][0-9a-z-]{8,64}[\\/]/gi;

export function withoutStaging(text: string): string {
  return text.replace(STAGING_PREFIX, '');
}

/** The bundle, then the file inside it when the error names one: "第二批/坏案卷 › case.json". */
export function issueWhere(location: string, file: string | undefined): string {
  const where = withoutStaging(location);
  if (!file) return where;
  const inside = withoutStaging(file);
  if (inside === where || where.endsWith(inside)) return where;
  for (const sep of ['/', '\\']) {
    if (inside.startsWith(where + sep)) return `${where} › ${inside.slice(where.length + 1)}`;
  }
  return `${where} › ${inside}`;
}
