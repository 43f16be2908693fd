/**
 * What the renderer may ask main to save (pure, unit-tested without Electron): a file of a
 * finished export job, or the zip of all of them, under a proposed file name. The renderer never
 * sends bytes or a path: main fetches the bytes from the API worker by job id and the user
 * picks the folder in the native save dialog, which the proposed name only pre-fills. The name
 * is checked to be a plain file name with a report extension.
 */

export const SAVE_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'json', 'zip'] as const;
export type SaveExtension = (typeof SAVE_EXTENSIONS)[number];

export interface SaveRequest {
  jobId: string;
  /** A file of the job; absent: the zip of all its files. */
  index: number | null;
  fileName: string;
  extension: SaveExtension;
}

const JOB_ID = /^[A-Za-z0-9-]{8,64}$/;
// Path separators, drive colons and what else Windows forbids in a name.
const FORBIDDEN = /[\\/:*?"<>|]/;

function hasControlCharacter(text: string): boolean {
  return [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
}

export function parseSaveRequest(raw: unknown): SaveRequest | { error: string; field: string } {
  if (typeof raw !== 'object' || raw === null) return { error: 'not an object', field: '(root)' };
  const { jobId, index, fileName } = raw as Record<string, unknown>;
  if (typeof jobId !== 'string' || !JOB_ID.test(jobId)) return { error: 'bad job id', field: 'jobId' };
  if (index !== undefined && index !== null && (typeof index !== 'number' || !Number.isInteger(index) || index < 0)) {
    return { error: 'bad index', field: 'index' };
  }
  if (
    typeof fileName !== 'string' ||
    fileName.length === 0 ||
    fileName.length > 200 ||
    FORBIDDEN.test(fileName) ||
    hasControlCharacter(fileName) ||
    fileName.startsWith('.') ||
    fileName.trim() !== fileName
  ) {
    return { error: 'bad file name', field: 'fileName' };
  }
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  if (!fileName.includes('.') || !(SAVE_EXTENSIONS as readonly string[]).includes(extension)) {
    return { error: 'not a report file name', field: 'fileName' };
  }
  return { jobId, index: typeof index === 'number' ? index : null, fileName, extension: extension as SaveExtension };
}

const FILTER_NAMES: Record<SaveExtension, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  json: 'JSON',
  zip: 'ZIP',
};

export function saveFilter(extension: SaveExtension): { name: string; extensions: string[] } {
  return { name: FILTER_NAMES[extension], extensions: [extension] };
}
