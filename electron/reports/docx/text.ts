/**
 * Runs and measures of the DOCX writers. Every run names its East Asian font and the zh-CN
 * language explicitly: without them LibreOffice (and Word on a non-Chinese system) falls back
 * to Japanese glyph forms of the same characters (feasibility.md 5a).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IRunOptions } from 'docx';

/** The official fonts as Word knows them; fontTable.ts gives each its fallbacks. */
export const FONT = {
  title: '方正小标宋简体',
  fang: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
} as const;
export type FontKey = keyof typeof FONT;

/** Digits and Latin letters in Times New Roman, as official templates set them. */
const LATIN = 'Times New Roman';

export const ZH_CN = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

export function fontOf(key: FontKey) {
  // 宋体 page numbers are half-width Song digits (GB/T 9704 7.5), so Song covers Latin too.
  const latin = key === 'song' ? FONT.song : LATIN;
  return { ascii: latin, hAnsi: latin, eastAsia: FONT[key], cs: latin, hint: 'eastAsia' };
}

/** Sizes in points (Word counts half-points). 二号 22, 三号 16, 四号 14, 小四 12, 五号 10.5. */
export const PT = { erhao: 22, sanhao: 16, sihao: 14, xiaosi: 12, wuhao: 10.5, xiaowu: 9 } as const;

export function run(text: string, font: FontKey, sizePt: number, options: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: fontOf(font), size: sizePt * 2, language: ZH_CN, ...options } as IRunOptions);
}

/** Lines of text in one run: a break before every line but the first. */
export function lines(
  texts: readonly string[],
  font: FontKey,
  sizePt: number,
  options: Partial<IRunOptions> = {},
): TextRun[] {
  return texts.map((text, i) => run(text, font, sizePt, { ...options, ...(i > 0 ? { break: 1 } : {}) }));
}

export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number) => Math.round(value * TWIPS_PER_MM);
export const pt = (value: number) => Math.round(value * 20);

/** Width in em of a text set in a CJK font: CJK and full-width 1, ASCII 0.5. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/**
 * A paragraph inside a table cell: single-spaced at its own size (the body's fixed 28.9 pt
 * pitch would make every row three lines tall), no indent.
 */
export function cellParagraph(
  children: TextRun[],
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; sizePt: number; keepNext?: boolean },
): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.LEFT,
    spacing: { line: pt(options.sizePt * 1.3), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { firstLine: 0, left: 0 },
    keepNext: options.keepNext ?? false,
    children,
  });
}

/** Single black lines on every edge and between all cells, as an official table is ruled. */
export function ruledBorders(size: number) {
  const border = { style: BorderStyle.SINGLE, size, color: '000000' };
  return {
    top: border,
    bottom: border,
    left: border,
    right: border,
    insideHorizontal: border,
    insideVertical: border,
  };
}
