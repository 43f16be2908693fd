/**
 * Building blocks of the print HTML: escaping, the font stacks, the page boxes with their page
 * numbers. The HTML is self-contained (no scripts, no external assets, no web fonts), so
 * Chromium, Electron's printToPDF and a browser's print dialog produce the same pages.
 */

export { FULL_SPACE } from '../../../shared/reports/format.ts';

export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text whose line breaks are kept. */
export function escLines(value: string): string {
  return esc(value).replace(/\n/g, '<br>');
}

/**
 * The official fonts first (Windows, then macOS names), then Noto CJK SC, which Linux machines
 * have. With lang="zh-CN" on the document Chromium takes the Simplified Chinese glyph forms
 * from the Noto collections, never the Japanese ones.
 */
export const FONTS = {
  title:
    '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXBSJW--GB1-0", "STZhongsong", "SimSun", "Songti SC", "Noto Serif CJK SC", serif',
  fang: '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif',
  song: '"宋体", "SimSun", "Songti SC", "Noto Serif CJK SC", serif',
  hei: '"黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif',
  kai: '"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif',
} as const;

/**
 * Page boxes. Official documents: GB/T 9704 margins (text block 156 × 225 mm) and page numbers
 * "— 1 —" in 4号 Song 7 mm below the text block, on the outside (odd pages right, even pages
 * left, one character in). Score sheets: narrower margins, number centred. The numbers are
 * CSS margin boxes, so every printer (Playwright, Electron, a browser) prints the same.
 */
const PAGE_NUMBER = `content: "— " counter(page) " —"; font-family: ${FONTS.song}; font-size: 14pt; vertical-align: top; padding-top: 7mm;`;
export const PAGE_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page official { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page official:right { @bottom-right { ${PAGE_NUMBER} text-align: right; padding-right: 1em; } }
@page official:left { @bottom-left { ${PAGE_NUMBER} text-align: left; padding-left: 1em; } }
@page sheet { size: A4; margin: 14mm 13mm 16mm 15mm; @bottom-center { content: "— " counter(page) " —"; font-family: ${FONTS.song}; font-size: 10.5pt; vertical-align: top; padding-top: 4mm; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-kerning: none; }
.official { page: official; }
.sheet { page: sheet; }
.page-break { break-before: page; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td, th { overflow-wrap: anywhere; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.center { text-align: center; }
svg text { font-family: ${FONTS.song}; }
`;

/** The whole document; every report prints through this. */
export function htmlDocument(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${esc(title)}</title>
<style>${PAGE_CSS}${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
