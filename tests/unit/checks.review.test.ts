import { describe, expect, it } from 'vitest';
import {
  check,
  discussionRequiredCase,
  generalCase,
  hearingHeldCase,
  profileWith,
  removeDocs,
  reviewRequiredCase,
  setDate,
  simpleCase,
  statusOf,
} from './checks.factory.ts';

describe('legal_review_present (APL 58)', () => {
  it('passes when flagged and the dated review is on file', () => {
    expect(statusOf(reviewRequiredCase(), 'legal_review_present')).toBe('pass');
  });
  it('is required after a hearing and, by profile, for every general case', () => {
    const afterHearing = check(removeDocs(hearingHeldCase(), 'legal_review'), 'legal_review_present');
    expect(afterHearing.status).toBe('fail');
    expect(afterHearing.reasonZh).toContain('听证');
    const everyCase = profileWith({ legalReviewScope: { value: 'all_general' } });
    expect(statusOf(removeDocs(generalCase(), 'legal_review'), 'legal_review_present', everyCase)).toBe('fail');
    expect(statusOf(removeDocs(generalCase(), 'legal_review'), 'legal_review_present')).toBe('not_applicable');
  });
  it('fails when required and missing from the file', () => {
    const f = check(
      setDate(removeDocs(reviewRequiredCase(), 'legal_review'), 'legalReview', null),
      'legal_review_present',
    );
    expect(f.status).toBe('fail');
    expect(f.evidence).toContainEqual({ documentType: 'legal_review', quote: '未找到' });
  });
  it('is unknown when the review is on file but undated', () => {
    expect(statusOf(setDate(reviewRequiredCase(), 'legalReview', null), 'legal_review_present')).toBe('unknown');
  });
  it('is n/a when not required and in simple procedure', () => {
    expect(statusOf(generalCase(), 'legal_review_present')).toBe('not_applicable');
    expect(statusOf(simpleCase(), 'legal_review_present')).toBe('not_applicable');
  });
});

describe('legal_review_before_decision (APL 58)', () => {
  it('passes on the decision day and fails the day after', () => {
    expect(statusOf(setDate(generalCase(), 'legalReview', '2025-04-15'), 'legal_review_before_decision')).toBe('pass');
    const f = check(setDate(generalCase(), 'legalReview', '2025-04-16'), 'legal_review_before_decision');
    expect(f.status).toBe('fail');
    expect(f.reasonZh).toContain('法制审核日期2025-04-16晚于决定日期2025-04-15');
  });
  it('is unknown without the decision date and n/a without a review', () => {
    expect(statusOf(setDate(generalCase(), 'decided', null), 'legal_review_before_decision')).toBe('unknown');
    expect(statusOf(setDate(generalCase(), 'legalReview', null), 'legal_review_before_decision')).toBe(
      'not_applicable',
    );
  });
});

describe('collective_discussion_present (APL 57)', () => {
  it('passes with the record dated on or before the decision', () => {
    expect(statusOf(discussionRequiredCase(), 'collective_discussion_present')).toBe('pass');
    const sameDay = setDate(discussionRequiredCase(), 'collectiveDiscussion', '2025-04-15');
    expect(statusOf(sameDay, 'collective_discussion_present')).toBe('pass');
  });
  it('fails without the record, or when held after the decision', () => {
    const missing = removeDocs(discussionRequiredCase(), 'collective_discussion');
    expect(statusOf(missing, 'collective_discussion_present')).toBe('fail');
    const late = setDate(discussionRequiredCase(), 'collectiveDiscussion', '2025-04-16');
    expect(statusOf(late, 'collective_discussion_present')).toBe('fail');
  });
  it('is unknown when the record is on file but undated', () => {
    const c = setDate(discussionRequiredCase(), 'collectiveDiscussion', null);
    expect(statusOf(c, 'collective_discussion_present')).toBe('unknown');
  });
  it('is n/a unless the case is flagged', () => {
    expect(statusOf(generalCase(), 'collective_discussion_present')).toBe('not_applicable');
  });
});
