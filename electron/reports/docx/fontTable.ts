/**
 * word/fontTable.xml for the official fonts, replacing the one docx writes: each font with its
 * GB2312 character set, family and pitch, and an alternative name (w:altName) that Windows
 * machines without the 方正 or _GB2312 fonts do have, so Word substitutes a Chinese face of
 * the same kind (仿宋 for 仿宋_GB2312, 宋体 for 方正小标宋简体) instead of a Western one.
 */
import { FONT } from './text.ts';

interface FontEntry {
  name: string;
  altName?: string;
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'variable' | 'fixed';
  /** PANOSE of the face Windows ships, so substitution matches it. */
  panose: string;
  charset: '86' | '00';
}

const FONTS: FontEntry[] = [
  { name: FONT.fang, altName: '仿宋', family: 'modern', pitch: 'fixed', panose: '02010609030101010101', charset: '86' },
  { name: FONT.kai, altName: '楷体', family: 'modern', pitch: 'fixed', panose: '02010609030101010101', charset: '86' },
  {
    name: FONT.title,
    altName: '宋体',
    family: 'roman',
    pitch: 'variable',
    panose: '02000000000000000000',
    charset: '86',
  },
  {
    name: FONT.hei,
    altName: 'SimHei',
    family: 'modern',
    pitch: 'fixed',
    panose: '02010609060101010101',
    charset: '86',
  },
  {
    name: FONT.song,
    altName: 'SimSun',
    family: 'roman',
    pitch: 'variable',
    panose: '02010600030101010101',
    charset: '86',
  },
  { name: 'Times New Roman', family: 'roman', pitch: 'variable', panose: '02020603050405020304', charset: '00' },
];

function escAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function fontTableXml(): string {
  const fonts = FONTS.map(
    (f) =>
      `<w:font w:name="${escAttr(f.name)}">${f.altName ? `<w:altName w:val="${escAttr(f.altName)}"/>` : ''}<w:panose1 w:val="${
        f.panose
      }"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** The file override Packer takes. */
export function fontTableOverride(): { path: string; data: string } {
  return { path: 'word/fontTable.xml', data: fontTableXml() };
}
