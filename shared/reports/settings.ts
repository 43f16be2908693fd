/**
 * A campaign's report settings: what the legal office decides for its paperwork (issuing body,
 * 发文字号 of the 通报, the numbering of the 整改通知书, addressees, contact, wording). Every field
 * is optional; `resolveReportSettings` fills the gaps with the defaults printed when the office
 * has set nothing, so a preview always reads as a complete document.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).min(1).nullable().optional();

/** `{n}` in a notice number is the unit's sequence number: 津滨司评整〔2026〕{n}号. */
export const NOTICE_NUMBER_SLOT = '{n}';

export const reportSettingsSchema = z.strictObject({
  /** 发文机关; default: the campaign's organiser. */
  issuingBody: optionalText(100),
  /** 发文字号 of the 通报, e.g. 津滨司发〔2026〕12号. */
  documentNumber: optionalText(60),
  /** 整改通知书 numbers, with {n} for the unit's sequence number. */
  noticeNumber: optionalText(60).refine((v) => !v || v.includes(NOTICE_NUMBER_SLOT), {
    message: '应含 {n}（各单位的序号） / must contain {n} (the unit’s sequence number)',
  }),
  /** Title of the 通报; default 关于<campaign title>情况的通报. */
  title: optionalText(200),
  /** e.g. 2026年第一季度; default from the campaign's period. */
  periodLabel: optionalText(60),
  /** 主送. */
  addressees: optionalText(500),
  contact: z
    .strictObject({ name: text(50).min(1), phone: text(50).min(1) })
    .nullable()
    .optional(),
  /** 抄送. */
  cc: optionalText(500),
  /** Where units send their 整改报告; default the issuing body. */
  replyTo: optionalText(200),
  replyRequirement: optionalText(2000),
  /** The 通报's rectification requirement (整改要求). */
  rectificationRequirement: optionalText(2000),
  /** 下一步工作要求, one paragraph each. */
  requirements: z.array(text(2000).min(1)).min(1).max(10).nullable().optional(),
  /** e.g. 交叉评查. */
  reviewMode: optionalText(50),
});
export type ReportSettings = z.output<typeof reportSettingsSchema>;

export interface ResolvedReportSettings {
  issuingBody: string;
  documentNumber: string | null;
  noticeNumber: string | null;
  title: string;
  periodLabel: string;
  addressees: string;
  contact: { name: string; phone: string } | null;
  cc: string | null;
  replyTo: string;
  replyRequirement: string;
  rectificationRequirement: string;
  requirements: string[];
  reviewMode: string;
}

export const DEFAULT_REQUIREMENTS = [
  '提高思想认识。各单位要高度重视案卷评查发现的问题，主要负责人要亲自研究部署整改工作，举一反三，建立健全长效机制。',
  '加强业务培训。各单位要围绕调查取证、法律适用、程序规范和文书制作开展专题培训，切实提升执法人员业务能力。',
  '强化跟踪问效。将对整改落实情况开展跟踪检查，对整改不力、问题反复出现的单位予以通报。',
];

const QUARTERS = ['一', '二', '三', '四'];

/**
 * 2026-01-01…2026-03-31 → 2026年第一季度; a half year, a whole year or a month likewise; any
 * other span as 2026年1月5日至2026年2月20日.
 */
export function periodLabelOf(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fy === ty && fd === 1 && td === lastDay) {
    if (fm === 1 && tm === 12) return `${fy}年`;
    if (fm === 1 && tm === 6) return `${fy}年上半年`;
    if (fm === 7 && tm === 12) return `${fy}年下半年`;
    if ((fm - 1) % 3 === 0 && tm === fm + 2) return `${fy}年第${QUARTERS[(fm - 1) / 3]}季度`;
    if (fm === tm) return `${fy}年${fm}月`;
  }
  return `${fy}年${fm}月${fd}日至${ty}年${tm}月${td}日`;
}

export function resolveReportSettings(
  settings: ReportSettings,
  campaign: { title: string; organiser: string | null; period: { from: string; to: string } },
): ResolvedReportSettings {
  const issuingBody = settings.issuingBody ?? campaign.organiser ?? '行政执法监督机关';
  return {
    issuingBody,
    documentNumber: settings.documentNumber ?? null,
    noticeNumber: settings.noticeNumber ?? null,
    title: settings.title ?? `关于${campaign.title.replace(/(工作)?$/, '')}情况的通报`,
    periodLabel: settings.periodLabel ?? periodLabelOf(campaign.period.from, campaign.period.to),
    addressees: settings.addressees ?? '各被评查单位',
    contact: settings.contact ?? null,
    cc: settings.cc ?? null,
    replyTo: settings.replyTo ?? issuingBody,
    replyRequirement:
      settings.replyRequirement ??
      '整改完成后，请将加盖公章的书面整改报告（含整改措施、整改结果及佐证材料）报送我单位。逾期未报送或整改不到位的，将予以通报。',
    rectificationRequirement:
      settings.rectificationRequirement ??
      '各单位要对照本通报和整改通知书逐案逐项整改，并在期限届满前报送书面整改报告及相关佐证材料。',
    requirements: settings.requirements ?? DEFAULT_REQUIREMENTS,
    reviewMode: settings.reviewMode ?? '交叉评查',
  };
}

/** The notice number of the unit at 1-based `sequence`; null when no pattern is set. */
export function noticeNumberOf(pattern: string | null, sequence: number): string | null {
  return pattern ? pattern.split(NOTICE_NUMBER_SLOT).join(String(sequence)) : null;
}
