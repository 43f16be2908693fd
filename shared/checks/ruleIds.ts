/**
 * The automatic statutory checks, by stable id. Templates name these ids on their items
 * (`auto: { rule, params }`), the fixture generator's answer key names the ids a defect must
 * trip, and `pingcha check` reports findings under them. Articles refer to the 行政处罚法
 * (APL, 2021 revision) unless another law is named.
 */
export const RULE_IDS = [
  'decision_within_90_days', // APL 60
  'delivery_within_7_days', // APL 61
  'prior_notice_before_decision', // APL 44, 62
  'statement_period_respected', // APL 44, 45
  'hearing_offered', // APL 63, 64
  'hearing_held_when_requested', // APL 63, 64
  'hearing_notice_7_days', // APL 64
  'legal_review_present', // APL 58
  'legal_review_before_decision', // APL 58
  'collective_discussion_present', // APL 57
  'two_officers', // APL 42
  'officer_certificates_valid', // APL 42
  'officer_certificate_numbers', // APL 42, 55
  'simple_procedure_limits', // APL 51
  'limitation_period', // APL 36
  'filing_timely', // APL 54
  'investigation_after_filing', // APL 54, 55
  'publication_deadline', // APL 48; 国办发〔2018〕118号
  'payment_within_15_days', // APL 67
  'unpaid_demand_notice', // APL 72; 行政强制法 35
  'required_documents', // per case type and procedure
  'document_order', // archival rules
  'closing_after_execution', // 结案 after payment/delivery
  'simple_decision_form', // APL 52: numbered on-the-spot decision form in the file
  'certificate_shown', // APL 55: certificates shown and recorded in 笔录
  'enforcement_duration', // 行政强制法 25: 查封扣押 ≤ 30 (+30) days
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
