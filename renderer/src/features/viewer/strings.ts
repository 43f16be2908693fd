/**
 * The viewer's visible strings, shaped like a `viewer` section of shared/i18n (nested
 * objects, `{name}` placeholders) so that they can move there unchanged; until then the
 * viewer translates with `viewerT` below.
 */
const zh = {
  outline: '卷内目录',
  outlineEmpty: '本案没有文书',
  pages: '{count} 页',
  pagesUnknown: '页数未知',
  untitled: '（无标题）',
  thumbnails: '页面缩略图',
  thumbnail: '第 {page} 页',
  pageInput: '页码',
  pageOf: '/ {count}',
  prevPage: '上一页（PageUp / ←）',
  nextPage: '下一页（PageDown / →）',
  prevDocument: '上一份文书',
  nextDocument: '下一份文书',
  zoomIn: '放大（+）',
  zoomOut: '缩小（−）',
  fitWidth: '适合宽度（0）',
  fitPage: '适合页面',
  rotate: '旋转（R）',
  cite: '引用本页',
  citeTitle: '引用本页及所选文字（C）',
  find: '查找（Ctrl+F）',
  findShort: '查找',
  attachmentShort: '附件',
  findPlaceholder: '在本文书内查找',
  findPrev: '上一处',
  findNext: '下一处',
  findClose: '关闭查找（Esc）',
  findCount: '第 {current} / {total} 处',
  findNone: '未找到',
  findPending: '查找中…',
  loading: '正在打开文书…',
  errorPassword: '此 PDF 文件设有密码保护，无法在此查看。',
  errorInvalid: '此 PDF 文件已损坏或格式无效，无法显示。',
  errorUnknown: '文书无法显示：{message}',
  errorLoad: '文书内容读取失败：{message}',
  errorImage: '图片无法显示：文件已损坏或格式不受支持。',
  tiffUnsupported: '此 TIFF 图片无法在此显示。',
  attachment: '附件不在此显示，可在外部程序中打开。',
  attachmentNever: '附件不会在本程序内运行。',
  openExternal: '用外部程序打开',
  noDocument: '请选择一份文书',
  imagePage: '第 {page} 页',
} as const;

type Strings = { readonly [K in keyof typeof zh]: string };

const en: Strings = {
  outline: 'Documents',
  outlineEmpty: 'This case has no documents',
  pages: '{count} pages',
  pagesUnknown: 'Pages unknown',
  untitled: '(untitled)',
  thumbnails: 'Page thumbnails',
  thumbnail: 'Page {page}',
  pageInput: 'Page',
  pageOf: '/ {count}',
  prevPage: 'Previous page (PageUp / ←)',
  nextPage: 'Next page (PageDown / →)',
  prevDocument: 'Previous document',
  nextDocument: 'Next document',
  zoomIn: 'Zoom in (+)',
  zoomOut: 'Zoom out (−)',
  fitWidth: 'Fit width (0)',
  fitPage: 'Fit page',
  rotate: 'Rotate (R)',
  cite: 'Cite page',
  citeTitle: 'Cite this page and the selected text (C)',
  find: 'Find (Ctrl+F)',
  findShort: 'Find',
  attachmentShort: 'File',
  findPlaceholder: 'Find in this document',
  findPrev: 'Previous',
  findNext: 'Next',
  findClose: 'Close find (Esc)',
  findCount: '{current} of {total}',
  findNone: 'Not found',
  findPending: 'Searching…',
  loading: 'Opening document…',
  errorPassword: 'This PDF is password-protected and cannot be shown here.',
  errorInvalid: 'This PDF is damaged or not a valid PDF and cannot be shown.',
  errorUnknown: 'The document cannot be shown: {message}',
  errorLoad: 'Could not read the document: {message}',
  errorImage: 'The image cannot be shown: the file is damaged or its format is not supported.',
  tiffUnsupported: 'This TIFF image cannot be shown here.',
  attachment: 'Attachments are not shown here; open them in another program.',
  attachmentNever: 'Attachments are never run inside this program.',
  openExternal: 'Open externally',
  noDocument: 'Choose a document',
  imagePage: 'Page {page}',
};

export type ViewerLang = 'zh-CN' | 'en';
export type ViewerStringKey = keyof typeof zh;
export type ViewerT = (key: ViewerStringKey, params?: Record<string, string | number>) => string;

const CATALOGUES: Record<ViewerLang, Strings> = { 'zh-CN': zh, en };

export function createViewerT(lang: ViewerLang): ViewerT {
  const strings = CATALOGUES[lang];
  return (key, params) =>
    strings[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
}
