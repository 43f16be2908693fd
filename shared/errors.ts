/**
 * Stable error codes with messages in Chinese and English. Every failure the user can see
 * (an import failure, an API error, a CLI error) carries one of these codes, the file and
 * the field it concerns, and a message that says what happened and what to do.
 */

export const ERROR_TEXT = {
  // generic API
  VALIDATION: { zh: '输入不符合要求', en: 'The input is not valid' },
  NOT_FOUND: { zh: '未找到所请求的记录', en: 'The requested record was not found' },
  CONFLICT: { zh: '与已有记录冲突', en: 'Conflicts with an existing record' },
  LOCKED: { zh: '记录已定稿锁定，需先说明理由重新打开', en: 'The record is finalised; reopen it with a reason first' },
  IO: { zh: '读写文件失败', en: 'Reading or writing a file failed' },
  INTERNAL: { zh: '内部错误', en: 'Internal error' },
  UNAUTHORIZED: { zh: '访问令牌缺失或不正确', en: 'Missing or wrong access token' },
  // workspace
  DB_FROM_FUTURE: {
    zh: '工作区数据库由更新版本的评查软件创建，请升级软件后再打开',
    en: 'The workspace was created by a newer version of Pingcha; upgrade before opening it',
  },
  DB_CORRUPT: { zh: '工作区数据库已损坏，请从备份恢复', en: 'The workspace database is damaged; restore a backup' },
  WORKSPACE_INVALID: { zh: '工作区文件夹不可用', en: 'The workspace folder cannot be used' },
  // bundles
  BUNDLE_NOT_FOUND: { zh: '找不到案卷包', en: 'The case-file bundle does not exist' },
  BUNDLE_UNSUPPORTED: {
    zh: '不是可识别的案卷包（应为文件夹、.zip 或含 case.json 的目录）',
    en: 'Not a recognisable bundle (expected a folder or .zip)',
  },
  BUNDLE_EMPTY: { zh: '案卷包中没有可导入的文书', en: 'The bundle holds no documents to import' },
  BUNDLE_MANIFEST_JSON: { zh: 'case.json 不是有效的 JSON', en: 'case.json is not valid JSON' },
  BUNDLE_MANIFEST_INVALID: { zh: 'case.json 字段不符合规范', en: 'A field of case.json is not valid' },
  BUNDLE_FILE_MISSING: { zh: 'case.json 列出的文件不存在', en: 'A file listed in case.json is missing' },
  BUNDLE_DUPLICATE: { zh: '该案卷包已导入过（内容相同）', en: 'This bundle was already imported (same content)' },
  CASE_NUMBER_CONFLICT: {
    zh: '工作区已有相同案号但内容不同的案卷',
    en: 'The workspace already holds a different case with this case number',
  },
  FILE_TOO_LARGE: { zh: '文件超过大小上限', en: 'The file is larger than the size limit' },
  FILE_SYMLINK: { zh: '案卷包中含符号链接，已拒绝', en: 'The bundle contains a symbolic link; refused' },
  ZIP_INVALID: { zh: '压缩包已损坏或不是 zip 文件', en: 'The archive is damaged or not a zip file' },
  ZIP_PATH_ESCAPE: {
    zh: '压缩包中的路径试图跳出案卷包（../、绝对路径或盘符）',
    en: 'An archive path escapes the bundle (../, absolute path or drive letter)',
  },
  ZIP_SYMLINK: { zh: '压缩包中含符号链接，已拒绝', en: 'The archive contains a symbolic link; refused' },
  ZIP_BOMB: {
    zh: '压缩包解压后的大小或文件数超出合理范围（疑似压缩炸弹）',
    en: 'The archive expands out of proportion (suspected zip bomb)',
  },
  ZIP_ENCRYPTED: { zh: '压缩包中的文件已加密，无法读取', en: 'An archive entry is encrypted' },
  PDF_ENCRYPTED: {
    zh: 'PDF 已设置打开密码，无法读取',
    en: 'The PDF is password-protected',
  },
  PDF_CORRUPT: { zh: 'PDF 文件已损坏，无法解析', en: 'The PDF is damaged and cannot be read' },
  IMAGE_CORRUPT: { zh: '图片文件已损坏或格式与扩展名不符', en: 'The image is damaged or not of its stated type' },
  REGISTER_INVALID: { zh: '登记表无法读取', en: 'The register spreadsheet cannot be read' },
  // templates and checks
  TEMPLATE_INVALID: { zh: '评查标准模板不符合规范', en: 'The evaluation template is not valid' },
  CALENDAR_NOT_COVERED: {
    zh: '节假日数据未覆盖该年份，无法按工作日计算',
    en: 'The holiday calendar does not cover that year; working days cannot be computed',
  },
  // reports
  REPORT_PRINTER_MISSING: {
    zh: '找不到用于生成 PDF 的浏览器（Chromium 或 Microsoft Edge），请安装后重试，或设置 PINGCHA_CHROMIUM 指向其可执行文件',
    en: 'No browser to print PDF with (Chromium or Microsoft Edge); install one or point PINGCHA_CHROMIUM at its executable',
  },
  REPORT_RENDER_FAILED: { zh: '报告生成失败', en: 'The report could not be rendered' },
  REPORT_UNFINISHED: {
    zh: '报告所依据的评查尚未全部定稿，可以预览，但不能签发',
    en: 'Evaluations the report rests on are not all finalised: it can be previewed but not issued',
  },
  // campaigns
  DRAW_INVALID: { zh: '抽样设置不正确', en: 'The draw settings are not valid' },
  CROSS_REVIEW: {
    zh: '违反交叉评查规则：评查人员不得评查本单位案卷',
    en: 'Cross-review rule: a reviewer may not evaluate their own unit',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_TEXT;

export interface AppErrorData {
  code: ErrorCode;
  /** Chinese first, then English: "中文说明 / English explanation". */
  message: string;
  /** The file (bundle-relative or absolute) and the field the error concerns, when known. */
  file?: string;
  field?: string;
  details?: unknown;
}

export function errorMessage(code: ErrorCode, detail?: string): string {
  const text = ERROR_TEXT[code];
  return detail ? `${text.zh}：${detail} / ${text.en}: ${detail}` : `${text.zh} / ${text.en}`;
}

/** An error thrown inside services; handlers and the CLI turn it into AppErrorData. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(
    code: ErrorCode,
    opts: { detail?: string; message?: string; file?: string; field?: string; details?: unknown } = {},
  ) {
    super(opts.message ?? errorMessage(code, opts.detail));
    this.name = 'AppError';
    this.code = code;
    this.file = opts.file;
    this.field = opts.field;
    this.details = opts.details;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.file !== undefined) data.file = this.file;
    if (this.field !== undefined) data.field = this.field;
    if (this.details !== undefined) data.details = this.details;
    return data;
  }
}

/** Rebuilds an error that crossed a thread or process boundary as data. */
export function appErrorFromData(data: AppErrorData): AppError {
  return new AppError(data.code, {
    message: data.message,
    ...(data.file !== undefined ? { file: data.file } : {}),
    ...(data.field !== undefined ? { field: data.field } : {}),
    ...(data.details !== undefined ? { details: data.details } : {}),
  });
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
