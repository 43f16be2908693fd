// Makes sure the system packages the tests need are present (Debian/Ubuntu): Chromium for the
// browser tests (with its language packs, so it runs in Chinese), Noto CJK fonts so Chinese renders, poppler-utils to rasterise exported PDFs,
// LibreOffice (writer + calc, no GUI) to convert exported DOCX/XLSX. As root it installs what is
// missing with apt-get; otherwise it stops at once with the exact command to run.
// Plain JavaScript on purpose: it must run before anything else is known to work.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const REQUIREMENTS = [
  { pkg: 'chromium', ok: () => existsSync('/usr/bin/chromium'), why: 'Playwright e2e tests (/usr/bin/chromium)' },
  {
    pkg: 'chromium-l10n',
    ok: () => existsSync('/usr/lib/chromium/locales/zh-CN.pak'),
    why: 'Chromium in Chinese, so date inputs read 年/月/日 as on Chinese Windows',
  },
  { pkg: 'fonts-noto-cjk', ok: () => hasCjkFont(), why: 'Chinese glyphs in the UI, PDFs and exports' },
  { pkg: 'poppler-utils', ok: () => onPath('pdftoppm') && onPath('pdftotext'), why: 'rendering exported PDFs to PNG' },
  {
    pkg: 'poppler-data',
    ok: () => existsSync('/usr/share/poppler/cMap/Adobe-GB1'),
    why: 'pdftotext baseline on PDFs with non-embedded Chinese fonts',
  },
  { pkg: 'libreoffice-writer-nogui', ok: () => onPath('soffice'), why: 'converting exported DOCX to PDF' },
  {
    pkg: 'libreoffice-calc-nogui',
    ok: () => onPath('soffice') && calcPresent(),
    why: 'converting exported XLSX to PDF',
  },
];

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont() {
  if (!onPath('fc-list')) return false;
  const out = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? '';
  return /Noto (Sans|Serif) CJK/.test(out);
}

function calcPresent() {
  return existsSync('/usr/lib/libreoffice/program/libsclo.so') || existsSync('/usr/lib/libreoffice/program/scalc');
}

if (process.platform !== 'linux') {
  console.log('ensure-system-deps: not Linux; make sure Chromium, CJK fonts, poppler and LibreOffice are installed.');
  process.exit(0);
}

const missing = REQUIREMENTS.filter((r) => !r.ok());
if (missing.length === 0) {
  console.log('ensure-system-deps: chromium, fonts-noto-cjk, poppler-utils, libreoffice present.');
  process.exit(0);
}

const packages = missing.map((m) => m.pkg);
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
for (const m of missing) console.log(`ensure-system-deps: missing ${m.pkg} (${m.why})`);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(`\n缺少测试所需的系统软件包 / system packages missing. Run:\n\n  sudo ${command}\n`);
  process.exit(1);
}
console.log(`ensure-system-deps: installing as root: ${command}`);
try {
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch {
  console.error(`\napt-get failed. Run it yourself:\n\n  ${command}\n`);
  process.exit(1);
}
const still = REQUIREMENTS.filter((r) => !r.ok());
if (still.length > 0) {
  console.error(`still missing after install: ${still.map((m) => m.pkg).join(', ')}`);
  process.exit(1);
}
console.log('ensure-system-deps: installed.');
