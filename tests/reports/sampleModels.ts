/**
 * Realistic report models for the tests, the benchmark and the look-at-it step: score sheets
 * scored by the real engine against the bundled standards (一般程序, 简易程序, 行政检查) with
 * seeded deductions, a Binhai district campaign 通报 built from them, and a 整改通知书 per
 * unit. Deterministic: the same (count, seed) gives the same documents, byte for byte.
 */
import generalJson from '../../resources/checklists/general-penalty.json' with { type: 'json' };
import inspectionJson from '../../resources/checklists/inspection.json' with { type: 'json' };
import simpleJson from '../../resources/checklists/simple-penalty.json' with { type: 'json' };
import { createWorkdayCalendar } from '../../shared/calendar/workdays.ts';
import { rectificationDeadline } from '../../shared/campaigns/rectification.ts';
import { buildCampaignReport } from '../../shared/reports/buildCampaign.ts';
import { buildRectificationNotice } from '../../shared/reports/buildNotice.ts';
import { buildScoreSheet } from '../../shared/reports/buildSheet.ts';
import type {
  CampaignReport,
  CaseScoreSheet,
  GradeTier,
  RectificationNotice,
  SamplingRecord,
} from '../../shared/reports/model.ts';
import type { EvaluationResults, ItemResult, OptionChoice } from '../../shared/scoring/types.ts';
import { scoreEvaluation } from '../../shared/scoring/score.ts';
import { parseTemplate } from '../../shared/templates/parse.ts';
import type { DeductionOption, Template } from '../../shared/templates/shape.ts';
import { walkItems } from '../../shared/templates/walk.ts';
import { floatRandom as rng } from '../fixtures/generator/random.ts';

function load(json: unknown): Template {
  const parsed = parseTemplate(json);
  if (!parsed.ok) throw new Error(`bundled template invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.template;
}

export const TEMPLATES = {
  general: load(generalJson),
  simple: load(simpleJson),
  inspection: load(inspectionJson),
} as const;
export type SampleKind = keyof typeof TEMPLATES;

/**
 * The bundled standard with its first veto turned into 直接评为不合格 (some offices' standards
 * say so): the case that has no total at all.
 */
export const FAIL_VETO_TEMPLATE: Template = {
  ...TEMPLATES.general,
  id: 'general-penalty-strict',
  name: '一般程序行政处罚案卷评查标准（否决即不合格）',
  vetoes: TEMPLATES.general.vetoes.map((v, i) => (i === 0 ? { ...v, effect: { type: 'fail' as const } } : v)),
};

export const GRADE_SCALE: GradeTier[] = TEMPLATES.general.grades.tiers.map((t) => ({
  id: t.id,
  name: t.name,
  min: t.min,
}));

/** Seeded floats for sample models (re-exported for the export benchmark). */
export { rng };

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

// --- the evaluated units of a Tianjin Binhai campaign ---------------------------------------------

export interface SampleUnit {
  unit: string;
  agency: string;
  prefix: string;
  /** Share of items with a deduction: how careful the unit's files are. */
  sloppiness: number;
}

export const UNITS: SampleUnit[] = [
  { unit: '大沽街道', agency: '天津市滨海新区大沽街道办事处', prefix: '津滨大沽执罚', sloppiness: 0.17 },
  { unit: '新港街道', agency: '天津市滨海新区新港街道办事处', prefix: '津滨新港执罚', sloppiness: 0.26 },
  { unit: '塘沽街道', agency: '天津市滨海新区塘沽街道办事处', prefix: '津滨塘沽执罚', sloppiness: 0.14 },
  { unit: '新北街道', agency: '天津市滨海新区新北街道办事处', prefix: '津滨新北执罚', sloppiness: 0.32 },
  { unit: '杭州道街道', agency: '天津市滨海新区杭州道街道办事处', prefix: '津滨杭州道执罚', sloppiness: 0.22 },
  { unit: '胡家园街道', agency: '天津市滨海新区胡家园街道办事处', prefix: '津滨胡家园执罚', sloppiness: 0.38 },
  { unit: '区城市管理委员会', agency: '天津市滨海新区城市管理委员会', prefix: '津滨城管罚', sloppiness: 0.2 },
  { unit: '区市场监督管理局', agency: '天津市滨海新区市场监督管理局', prefix: '津滨市监罚', sloppiness: 0.12 },
  { unit: '区生态环境局', agency: '天津市滨海新区生态环境局', prefix: '津滨环罚', sloppiness: 0.16 },
  { unit: '区交通运输局', agency: '天津市滨海新区交通运输局', prefix: '津滨交罚', sloppiness: 0.29 },
  { unit: '区应急管理局', agency: '天津市滨海新区应急管理局', prefix: '津滨应急罚', sloppiness: 0.23 },
  { unit: '区文化和旅游局', agency: '天津市滨海新区文化和旅游局', prefix: '津滨文旅罚', sloppiness: 0.19 },
];

const CAUSES = [
  '未经批准擅自占用道路摆摊设点案',
  '擅自设置大型户外广告设施案',
  '未按规定分类投放生活垃圾案',
  '销售不符合食品安全标准的食品案',
  '超过大气污染物排放标准排放大气污染物案',
  '未取得道路运输经营许可擅自从事道路运输经营案',
  '未按规定对从业人员进行安全生产教育和培训案',
  '擅自从事互联网上网服务经营活动案',
  '未按规定设置建筑工地围挡案',
  '使用未经检验的特种设备案',
];
const SIMPLE_CAUSES = ['店外经营案', '乱堆乱放物料案', '未按规定停放非机动车案', '车辆运输撒漏案'];
const INSPECTION_CAUSES = [
  '餐饮服务单位食品安全日常检查',
  '建筑工地扬尘污染防治检查',
  '危险化学品经营单位安全生产检查',
  '娱乐场所消防安全及经营许可检查',
];

const PERSONS = ['王某某', '李某某', '张某某', '刘某某', '陈某某', '杨某某', '赵某某', '孙某某'];
const COMPANIES = [
  '天津某某商贸有限公司',
  '天津滨海某某物流有限公司',
  '天津某某建筑工程有限公司',
  '天津某某餐饮管理有限公司',
  '天津某某化工有限公司',
];

export const REVIEWERS = [
  { name: '张明', unit: '区司法局', role: '评查组长' },
  { name: '李华', unit: '区司法局', role: '评查人' },
  { name: '王静', unit: '大沽街道', role: '评查人' },
  { name: '赵磊', unit: '区市场监督管理局', role: '评查人' },
  { name: '刘洋', unit: '区城市管理委员会', role: '评查人' },
  { name: '陈红', unit: '新港街道', role: '评查人' },
  { name: '周伟', unit: '区生态环境局', role: '评查人' },
  { name: '吴芳', unit: '天津某律师事务所', role: '特邀评查人' },
];

const DOCUMENTS = [
  '立案审批表',
  '询问笔录',
  '现场检查笔录',
  '调查终结报告',
  '法制审核意见书',
  '集体讨论记录',
  '行政处罚事先告知书',
  '行政处罚决定书',
  '送达回证',
  '结案报告',
];

export const CAMPAIGN = {
  title: '2026年第一季度行政执法案卷评查',
  periodLabel: '2026年第一季度',
  evaluatingBody: '天津市滨海新区司法局',
  issuedOn: '2026-04-15',
  workingDays: 15,
};

const CALENDAR = createWorkdayCalendar();
export const RECTIFICATION_DEADLINE = rectificationDeadline(CAMPAIGN.issuedOn, CAMPAIGN.workingDays, CALENDAR);

// --- score sheets ----------------------------------------------------------------------------------

export interface SheetOptions {
  index: number;
  seed?: number;
  kind?: SampleKind;
  /** Score against this standard instead of the bundled one of `kind`. */
  template?: Template;
  /** Forced item results instead of random ones: item id → one choice. */
  deductions?: Record<string, OptionChoice>;
  vetoes?: string[];
  unit?: SampleUnit;
  /** Party is a natural person (ID masked) rather than an organisation. */
  person?: boolean;
  revealIds?: boolean;
  caseNumber?: string;
  cause?: string;
}

function randomChoice(random: () => number, option: DeductionOption): OptionChoice {
  switch (option.kind) {
    case 'per_occurrence':
      return { optionId: option.id, occurrences: 1 + Math.floor(random() * 3) };
    case 'range': {
      const steps = Math.floor((option.max - option.min) / option.step);
      return { optionId: option.id, points: option.min + option.step * Math.floor(random() * Math.min(steps + 1, 5)) };
    }
    default:
      return { optionId: option.id };
  }
}

function randomResults(random: () => number, template: Template, sloppiness: number): EvaluationResults['items'] {
  const items: Record<string, ItemResult> = {};
  const visits = walkItems(template);
  // Large standards (34 items) take many small deductions; short ones (8–12 items with
  // whole-item options) fewer, so that every kind lands around the real 80–90 average.
  const p = visits.length > 20 ? sloppiness : sloppiness * 0.45;
  for (const { item } of visits) {
    if (random() >= p) {
      items[item.id] = { status: 'ok' };
      continue;
    }
    const partial = item.deductions.filter((o) => o.kind !== 'whole');
    const option = partial.length && random() < 0.85 ? pick(random, partial) : pick(random, item.deductions);
    items[item.id] = { status: 'deducted', deductions: [randomChoice(random, option)] };
  }
  return items;
}

function isoDate(base: string, plusDays: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}

/** One 案卷评查表, scored by the engine with the standard's findings and wording. */
export function sampleScoreSheet(options: SheetOptions): CaseScoreSheet {
  const random = rng((options.seed ?? 2026) * 7919 + options.index);
  const kind = options.kind ?? 'general';
  const template = options.template ?? TEMPLATES[kind];
  const unit = options.unit ?? UNITS[options.index % UNITS.length]!;
  const penalty = kind !== 'inspection';
  const caseNumber =
    options.caseNumber ??
    (penalty
      ? `${unit.prefix}${kind === 'simple' ? '简' : ''}〔2025〕${27 + options.index}号`
      : `${unit.prefix.replace(/罚$/, '检')}〔2025〕${101 + options.index}号`);
  const isPerson = options.person ?? (kind === 'simple' || random() < 0.45);
  const idRaw = isPerson
    ? `1201071985${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(10 + Math.floor(random() * 18))}${String(Math.floor(random() * 9000) + 1000)}`
    : `91120116MA06${Math.floor(random() * 36 ** 6)
        .toString(36)
        .toUpperCase()
        .padStart(6, '0')}`;
  const caseKind = penalty
    ? { caseType: 'penalty' as const, procedure: kind === 'simple' ? ('simple' as const) : ('general' as const) }
    : { caseType: 'inspection' as const, procedure: null };
  const forced = options.deductions;
  const items: EvaluationResults['items'] = forced
    ? Object.fromEntries(
        walkItems(template).map(({ item }) => [
          item.id,
          forced[item.id] ? { status: 'deducted', deductions: [forced[item.id]!] } : { status: 'ok' },
        ]),
      )
    : randomResults(random, template, unit.sloppiness);
  const vetoIds = options.vetoes ?? [];
  const results: EvaluationResults = {
    case: { caseType: caseKind.caseType, procedure: caseKind.procedure },
    items,
    vetoes: Object.fromEntries(vetoIds.map((id) => [id, { hit: true }])),
  };
  const score = scoreEvaluation(template, results);

  const evidence: Record<string, { documentTitle: string; page: number | null }[]> = {};
  for (const [id, r] of Object.entries(items)) {
    if (r.status === 'deducted')
      evidence[id] = [{ documentTitle: pick(random, DOCUMENTS), page: 1 + Math.floor(random() * 40) }];
  }
  for (const id of vetoIds) evidence[id] = [{ documentTitle: '行政处罚决定书', page: 31 }];

  const pool = REVIEWERS.filter((r) => r.unit !== unit.unit && r.role !== '评查组长');
  const first = pool[options.index % pool.length]!;
  const second = pool[(options.index + 3) % pool.length]!;
  const lead = REVIEWERS[0]!;
  const filed = isoDate('2025-07-01', Math.floor(random() * 150));
  const decided = isoDate(filed, kind === 'simple' ? 0 : 20 + Math.floor(random() * 40));
  const fine = kind === 'simple' ? 50 * (1 + Math.floor(random() * 4)) : 1000 * (1 + Math.floor(random() * 50));

  return buildScoreSheet({
    template,
    results,
    score,
    case: {
      caseNumber,
      agency: unit.agency,
      unit: unit.unit,
      cause: options.cause ?? pick(random, penalty ? (kind === 'simple' ? SIMPLE_CAUSES : CAUSES) : INSPECTION_CAUSES),
      party: {
        name: isPerson ? pick(random, PERSONS) : pick(random, COMPANIES),
        kindLabel: isPerson ? '自然人' : '法人',
        idLabel: isPerson ? '居民身份证号码' : '统一社会信用代码',
        idNumber: idRaw,
        personal: isPerson,
      },
      caseType: caseKind.caseType,
      caseTypeLabel: penalty ? '行政处罚' : '行政检查',
      procedure: caseKind.procedure,
      procedureLabel:
        caseKind.procedure === 'simple' ? '简易程序' : caseKind.procedure === 'general' ? '一般程序' : null,
      filedOn: filed,
      decidedOn: decided,
      closedOn: isoDate(decided, 5 + Math.floor(random() * 20)),
      outcome: penalty ? `罚款人民币${fine.toLocaleString('en-US')}元` : '责令限期整改',
    },
    evaluatingBody: CAMPAIGN.evaluatingBody,
    campaign: { title: CAMPAIGN.title, periodLabel: CAMPAIGN.periodLabel },
    reviewers: [
      { role: '评查人', name: first.name, unit: first.unit },
      { role: '评查人', name: second.name, unit: second.unit },
      { role: '复核人', name: lead.name, unit: lead.unit },
    ],
    dates: { reviewedOn: '2026-03-18', checkedOn: '2026-03-25', finalisedOn: '2026-03-27' },
    status: { id: 'finalised', label: '已定稿' },
    evidence,
    rectificationDeadline: RECTIFICATION_DEADLINE,
    revealIds: options.revealIds ?? false,
    source: { campaignId: 'campaign-2026q1', caseId: `case-${options.index}`, evaluationId: `eval-${options.index}` },
  });
}

/**
 * The sheet used as the example throughout: 津滨大沽执罚〔2025〕27号, a person as party, with
 * deductions in five categories including a half point.
 */
export function exampleScoreSheet(): CaseScoreSheet {
  return sampleScoreSheet({
    index: 0,
    unit: UNITS[0]!,
    person: true,
    deductions: {
      A2: { optionId: 'document', occurrences: 1 },
      B1: { optionId: 'element', occurrences: 1 },
      C1: { optionId: 'insufficient', points: 3.5 },
      C2: { optionId: 'defect', occurrences: 2 },
      D3: { optionId: 'no_reasoning' },
      E8: { optionId: 'defective' },
      G1: { optionId: 'defect', occurrences: 3 },
      G7: { optionId: 'late' },
    },
  });
}

/** Which standard case `i` of a generated campaign is scored with. */
function kindOf(i: number): SampleKind {
  if (i % 11 === 5) return 'inspection';
  if (i % 9 === 4) return 'simple';
  return 'general';
}

export function sampleScoreSheets(count: number, seed = 2026): CaseScoreSheet[] {
  const sheets: CaseScoreSheet[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 0) sheets.push(exampleScoreSheet());
    // Roughly one file in sixty hits a veto (V6: no prior notice), as in published 通报.
    else if (i % 61 === 7) sheets.push(sampleScoreSheet({ index: i, seed, kind: 'general', vetoes: ['V6'] }));
    else sheets.push(sampleScoreSheet({ index: i, seed, kind: kindOf(i) }));
  }
  return sheets;
}

// --- campaign report -----------------------------------------------------------------------------

function samplingOf(sheets: readonly CaseScoreSheet[]): SamplingRecord {
  const perUnit = UNITS.map((u) => {
    const drawn = sheets.filter((s) => s.case.unit === u.unit).map((s) => s.case.caseNumber);
    return {
      unit: u.unit,
      population: drawn.length * 4 + (u.prefix.length % 4),
      drawn: drawn.length,
      caseNumbers: drawn,
    };
  }).filter((u) => u.drawn > 0);
  return {
    rule: 'percentage',
    ruleLabel: '按执法单位分层，每单位随机抽取办结案卷的25%（不足1件的抽取1件）',
    stratifiedBy: ['执法单位', '程序类型'],
    seed: '20260305-7f3a9c',
    drawnAt: '2026-03-05T09:30:00+08:00',
    populationTotal: perUnit.reduce((s, u) => s + u.population, 0),
    drawnTotal: sheets.length,
    perUnit,
  };
}

export function sampleCampaignReport(
  sheets: readonly CaseScoreSheet[],
  options: { followUp?: boolean } = {},
): CampaignReport {
  const units = [...new Set(sheets.map((s) => s.case.unit))];
  return buildCampaignReport({
    sheets,
    gradeScale: GRADE_SCALE,
    title: '关于2026年第一季度行政执法案卷评查情况的通报',
    documentNumber: '津滨司发〔2026〕12号',
    issuingBody: CAMPAIGN.evaluatingBody,
    addressees: '各街道办事处，区各行政执法部门',
    issuedOn: CAMPAIGN.issuedOn,
    period: { label: CAMPAIGN.periodLabel, from: '2026-01-01', to: '2026-03-31' },
    scope: {
      units: UNITS.map((u) => u.unit).filter((u) => units.includes(u)),
      caseTypes: [
        ...new Set(
          sheets.map((s) =>
            s.case.procedureLabel ? `${s.case.caseTypeLabel}（${s.case.procedureLabel}）` : s.case.caseTypeLabel,
          ),
        ),
      ],
      dateFrom: '2025-07-01',
      dateTo: '2025-12-31',
      description: '2025年下半年办结的行政处罚和行政检查案卷',
    },
    method: {
      reviewMode: '交叉评查',
      description:
        '评查采取随机抽取、交叉评查、集中复核的方式进行，评查人员不评查本单位案卷；每件案卷由两名评查人员独立评查，评查组长复核定稿。',
      sampling: samplingOf(sheets),
      reviewers: REVIEWERS.map((r) => ({ ...r })),
    },
    summary: [
      `为深入推进严格规范公正文明执法，根据《天津市行政执法监督规定》和区2026年行政执法监督工作安排，区司法局于2026年3月组织开展了${CAMPAIGN.periodLabel}行政执法案卷评查工作。现将有关情况通报如下。`,
    ],
    rectification: {
      workingDays: CAMPAIGN.workingDays,
      deadline: RECTIFICATION_DEADLINE,
      requirement:
        '各单位要对照本通报和整改通知书逐案逐项整改，并在期限届满前将书面整改报告及相关佐证材料报送区司法局行政执法监督科。',
      noticeNumbers: Object.fromEntries(UNITS.map((u, i) => [u.unit, `津滨司评整〔2026〕${i + 1}号`])),
      repeats: new Set(['区城市管理委员会|G7', '区交通运输局|C2']),
    },
    followUp:
      options.followUp === false
        ? null
        : {
            previous: {
              title: '关于2025年第四季度行政执法案卷评查情况的通报',
              documentNumber: '津滨司发〔2026〕2号',
              periodLabel: '2025年第四季度',
            },
            checkedOn: '2026-03-31',
            ...followUpTotals(),
            byUnit: FOLLOW_UP_BY_UNIT,
            overdueItems: [
              {
                unit: '区城市管理委员会',
                caseNumber: '津滨城管罚〔2025〕112号',
                problem: '处罚决定未在七个工作日内公示',
                deadline: '2026-01-23',
                workingDaysOverdue: 38,
              },
              {
                unit: '区交通运输局',
                caseNumber: '津滨交罚〔2025〕86号',
                problem: '笔录未载明执法人员执法证件号码',
                deadline: '2026-01-23',
                workingDaysOverdue: 38,
              },
            ],
            repeated: [
              { unit: '区城市管理委员会', itemId: 'G7', itemName: '处罚决定公示', count: 3 },
              { unit: '区交通运输局', itemId: 'C2', itemName: '笔录制作规范', count: 2 },
            ],
          },
    previous: {
      label: '2025年第四季度',
      evaluated: 480,
      mean: 84.2,
      passRate: 0.9313,
      excellentRate: 0.3104,
      vetoCases: 6,
    },
    requirements: [
      '提高思想认识。各单位要高度重视案卷评查发现的问题，主要负责人要亲自研究部署整改工作，举一反三，建立健全长效机制。',
      '加强业务培训。各单位要围绕调查取证、法律适用、程序规范和文书制作开展专题培训，切实提升执法人员业务能力。',
      '强化跟踪问效。区司法局将对整改落实情况开展跟踪检查，对整改不力、问题反复出现的单位予以通报。',
    ],
    contact: { name: '李华', phone: '022-25201234' },
    cc: '区委依法治区办，区人民政府办公室',
    source: { campaignId: 'campaign-2026q1' },
  });
}

/** Last quarter's items per unit (as the rectification board would count them on 31 March). */
const FOLLOW_UP_BY_UNIT = UNITS.map((u, i) => {
  const total = 4 + ((i * 7) % 9);
  const overdue = u.unit === '区城市管理委员会' || u.unit === '区交通运输局' ? 2 : 0;
  const inProgress = i % 4 === 1 ? 1 : 0;
  const rectified = i % 3 === 0 ? 1 : 0;
  return { unit: u.unit, total, accepted: total - overdue - inProgress - rectified, rectified, inProgress, overdue };
});

function followUpTotals() {
  const sum = (key: 'total' | 'accepted' | 'rectified' | 'inProgress' | 'overdue') =>
    FOLLOW_UP_BY_UNIT.reduce((s, u) => s + u[key], 0);
  return {
    total: sum('total'),
    accepted: sum('accepted'),
    rectified: sum('rectified'),
    inProgress: sum('inProgress'),
    overdue: sum('overdue'),
  };
}

// --- rectification notice ------------------------------------------------------------------------

export function sampleRectificationNotice(
  report: CampaignReport,
  sheets: readonly CaseScoreSheet[],
  unit: string,
): RectificationNotice {
  const info = UNITS.find((u) => u.unit === unit);
  return buildRectificationNotice({
    report,
    sheets,
    unit,
    addressee: info?.agency ?? unit,
    documentNumber: `津滨司评整〔2026〕${UNITS.findIndex((u) => u.unit === unit) + 1}号`,
    replyTo: '区司法局行政执法监督科',
    replyRequirement:
      '整改完成后，请将加盖公章的书面整改报告（含整改措施、整改结果及佐证材料）报送我局。逾期未报送或整改不到位的，将在全区范围内予以通报。',
    cc: '区委依法治区办',
  });
}

/** A whole campaign: sheets, the 通报, and a notice for every unit with rectification items. */
export function sampleCampaign(count: number, seed = 2026) {
  const sheets = sampleScoreSheets(count, seed);
  const report = sampleCampaignReport(sheets);
  const notices = report.rectification.byUnit
    .filter((u) => u.items > 0)
    .map((u) => sampleRectificationNotice(report, sheets, u.unit));
  return { sheets, report, notices };
}
