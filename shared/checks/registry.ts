/** Every rule by id. Typed as a full record, so a rule id without an implementation fails to compile. */
import type { RuleId } from './ruleIds.ts';
import type { RuleDefinition } from './types.ts';
import { decisionWithin90Days, deliveryWithin7Days, publicationDeadline } from './rules/deadlines.ts';
import { documentOrder, requiredDocuments } from './rules/documents.ts';
import { enforcementDuration } from './rules/enforcement.ts';
import { filingTimely, investigationAfterFiling, limitationPeriod } from './rules/filing.ts';
import { hearingHeldWhenRequested, hearingNotice7Days, hearingOffered } from './rules/hearing.ts';
import { priorNoticeBeforeDecision, statementPeriodRespected } from './rules/notice.ts';
import { officerCertificateNumbers, officerCertificatesValid, twoOfficers } from './rules/officers.ts';
import { closingAfterExecution, paymentWithin15Days, unpaidDemandNotice } from './rules/payment.ts';
import { certificateShown } from './rules/records.ts';
import { collectiveDiscussionPresent, legalReviewBeforeDecision, legalReviewPresent } from './rules/review.ts';
import { simpleDecisionForm, simpleProcedureLimits } from './rules/simple.ts';

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  decision_within_90_days: decisionWithin90Days,
  delivery_within_7_days: deliveryWithin7Days,
  prior_notice_before_decision: priorNoticeBeforeDecision,
  statement_period_respected: statementPeriodRespected,
  hearing_offered: hearingOffered,
  hearing_held_when_requested: hearingHeldWhenRequested,
  hearing_notice_7_days: hearingNotice7Days,
  legal_review_present: legalReviewPresent,
  legal_review_before_decision: legalReviewBeforeDecision,
  collective_discussion_present: collectiveDiscussionPresent,
  two_officers: twoOfficers,
  officer_certificates_valid: officerCertificatesValid,
  officer_certificate_numbers: officerCertificateNumbers,
  simple_procedure_limits: simpleProcedureLimits,
  limitation_period: limitationPeriod,
  filing_timely: filingTimely,
  investigation_after_filing: investigationAfterFiling,
  publication_deadline: publicationDeadline,
  payment_within_15_days: paymentWithin15Days,
  unpaid_demand_notice: unpaidDemandNotice,
  required_documents: requiredDocuments,
  document_order: documentOrder,
  closing_after_execution: closingAfterExecution,
  simple_decision_form: simpleDecisionForm,
  certificate_shown: certificateShown,
  enforcement_duration: enforcementDuration,
};
