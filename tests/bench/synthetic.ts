/**
 * A large synthetic workspace for query benchmarks: N cases with M pages of Chinese text each,
 * written straight through the store's tables (no PDFs), with the same FTS tokens the importer
 * writes. Deterministic; cached under .cache/ so repeated bench runs skip the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { indexTokens } from '../../shared/search/segment.ts';
import { openWorkspace, type Workspace } from '../../electron/store/workspace.ts';
import { floatRandom } from '../fixtures/generator/random.ts';

const UNITS = [
  '大沽街道综合执法大队',
  '新村街道综合执法大队',
  '新北街道综合执法大队',
  '海滨街道综合执法大队',
  '杨柳青镇综合执法大队',
  '新河街道综合执法大队',
  '胡家园街道综合执法大队',
  '泰达街道综合执法大队',
];
const CAUSES = [
  '擅自占用道路从事摆卖经营活动',
  '随意倾倒生活垃圾',
  '露天焚烧秸秆',
  '占用消防通道',
  '运输建筑垃圾沿途撒漏',
  '擅自设置户外广告',
  '未按规定分类投放生活垃圾',
  '店外经营',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const PHRASES = [
  '当事人',
  '执法人员',
  '现场检查',
  '询问笔录',
  '违反了',
  '《天津市市容和环境卫生管理条例》',
  '第二十八条',
  '责令改正',
  '罚款人民币',
  '陈述申辩',
  '听证',
  '送达回证',
  '法制审核',
  '集体讨论',
  '行政处罚决定书',
  '经查',
  '上述事实有',
  '现场照片',
  '身份证复印件',
  '为证',
  '依据',
  '之规定',
  '决定给予',
  '警告',
  '并处罚款',
  '元整',
  '十五日内',
  '缴纳至指定银行',
  '逾期不缴纳',
  '每日按罚款数额的百分之三加处罚款',
  '如不服本决定',
  '可以在收到本决定书之日起六十日内',
  '申请行政复议',
  '或者在六个月内',
  '依法提起行政诉讼',
  '执法证件',
  '已出示',
];

export function pageText(random: () => number, length = 160): string {
  let text = '';
  while (text.length < length) text += PHRASES[Math.floor(random() * PHRASES.length)]! + (random() < 0.2 ? '，' : '');
  return text + '。';
}

export const SEARCH_WORDS = [
  '罚款',
  '听证',
  '送达',
  '当事人',
  '审核',
  '执法',
  '照片',
  '复议',
  '垃圾',
  '道路',
  '改正',
  '缴纳',
];

export interface SyntheticInfo {
  cases: number;
  pages: number;
  buildSeconds: number | null;
  dir: string;
}

/** Builds (or reuses) the synthetic workspace; returns it open. */
export async function syntheticWorkspace(
  dir: string,
  cases: number,
  pagesPerCase: number,
): Promise<{ ws: Workspace; info: SyntheticInfo }> {
  const marker = path.join(dir, 'synthetic.json');
  const expected = JSON.stringify({ cases, pagesPerCase, version: 2 });
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === expected) {
    const ws = await openWorkspace(dir);
    return { ws, info: { cases, pages: cases * pagesPerCase, buildSeconds: null, dir } };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const ws = await openWorkspace(dir);
  const db = ws.db;
  const random = floatRandom(7);
  db.pragma('synchronous = OFF');
  db.exec(`INSERT INTO import_runs (started_at, inputs_json) VALUES ('synthetic', '[]');
    INSERT INTO blobs (sha256, size, mime, created_at) VALUES ('${'0'.repeat(64)}', 0, 'application/pdf', 'synthetic');`);
  const bundle = db.prepare(
    `INSERT INTO bundles (content_hash, location, shape, import_run_id, imported_at) VALUES (?, 'synthetic', 'structured', 1, 'synthetic')`,
  );
  const kase =
    db.prepare(`INSERT INTO cases (case_number, bundle_id, case_type, procedure, agency, unit, cause, party_type, party_name, fine_yuan,
      filed_date, decided_date, case_date, document_count, page_count, data_json, provenance_json, created_at)
    VALUES (?, ?, ?, ?, '天津市滨海新区人民政府', ?, ?, 'individual', ?, ?, ?, ?, ?, ?, ?, '{}', '{}', 'synthetic')`);
  const doc =
    db.prepare(`INSERT INTO documents (case_id, seq, type, type_source, title, file_name, bundle_path, sha256, kind, mime, page_count)
    VALUES (?, ?, ?, 'declared', ?, ?, ?, '${'0'.repeat(64)}', 'pdf', 'application/pdf', ?)`);
  const page = db.prepare('INSERT INTO pages (document_id, page_no, text) VALUES (?, ?, ?)');
  const fts = db.prepare('INSERT INTO pages_fts (rowid, tokens) VALUES (?, ?)');
  const types = [
    'filing_approval',
    'inquiry_record',
    'investigation_report',
    'prior_notice',
    'decision',
    'delivery_receipt',
  ];
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const year = 2021 + (i % 6);
      const unit = UNITS[i % UNITS.length]!;
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const bundleId = Number(bundle.run(`synthetic-${i}`).lastInsertRowid);
      const simple = random() < 0.4;
      const caseId = Number(
        kase.run(
          `津滨${unit.slice(0, 2)}执罚〔${year}〕${i + 1}号`,
          bundleId,
          random() < 0.85 ? 'penalty' : 'inspection',
          simple ? 'simple' : 'general',
          unit,
          CAUSES[i % CAUSES.length]!,
          `${SURNAMES[Math.floor(random() * SURNAMES.length)]}某`,
          simple ? 200 : Math.round(random() * 50) * 100,
          date,
          date,
          date,
          types.length,
          pagesPerCase,
        ).lastInsertRowid,
      );
      let left = pagesPerCase;
      types.forEach((type, t) => {
        const count = t === types.length - 1 ? left : Math.max(1, Math.floor(pagesPerCase / types.length));
        left -= count;
        if (count <= 0) return;
        const docId = Number(doc.run(caseId, t + 1, type, type, `${type}.pdf`, `${type}.pdf`, count).lastInsertRowid);
        for (let p = 1; p <= count; p++) {
          const text = pageText(random);
          const pageId = Number(page.run(docId, p, text).lastInsertRowid);
          fts.run(pageId, indexTokens(text));
        }
      });
    }
  });
  const chunk = 2000;
  for (let from = 0; from < cases; from += chunk) {
    batch(from, Math.min(cases, from + chunk));
    if (process.stderr.isTTY)
      process.stderr.write(`\r  synthetic workspace: ${Math.min(cases, from + chunk)}/${cases} cases`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  db.exec("INSERT INTO pages_fts(pages_fts) VALUES ('optimize')");
  db.pragma('synchronous = FULL');
  db.pragma('optimize');
  fs.writeFileSync(marker, expected);
  return { ws, info: { cases, pages: cases * pagesPerCase, buildSeconds: (performance.now() - started) / 1000, dir } };
}
