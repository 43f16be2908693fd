/**
 * The right pane of the review desk: the case's evaluation against its pinned standard. Vetoes
 * first, then the categories with their items, then bonus items; each entry with its options,
 * note, evidence and automatic findings. The total, category subtotals and grade are computed
 * live by the shared scoring engine; every change is autosaved (see useEvaluation).
 *
 * Keys while focus is in the pane: 1–9 toggle the current item's options, 0 = no deduction,
 * X = not applicable, E = note; [ and ] move between items anywhere on the desk; citing in the
 * viewer (C) records evidence on the current item.
 *
 * A submitted or reviewed evaluation is read-only, except under 复核: then the same keys and
 * buttons change results as the 复核 reviewer's drafts, each sent with a reason as an overturn.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EvidenceView } from '../../../../shared/api/evaluationTypes.ts';
import type { CaseDetail, EvaluationStatus } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { formatExplanation, formatPoints } from '../../../../shared/scoring/explain.ts';
import type { CategoryScore } from '../../../../shared/scoring/types.ts';
import { matchesAppliesTo } from '../../../../shared/templates/applicability.ts';
import type { Template, TemplateCategory } from '../../../../shared/templates/shape.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { Citation, DocumentTarget } from '../document/viewerTypes.ts';
import { useShortcut } from '../shortcuts/shortcutRegistry.ts';
import { ChecklistItem, EMPTY_EDIT, setStatus, toggleOption, type EntryModel } from './ChecklistItem.tsx';
import { OverturnFeed } from '../review/OverturnFeed.tsx';
import { ReviewBanner } from '../review/ReviewBanner.tsx';
import { ReviewReason } from '../review/ReviewReason.tsx';
import { ReviewStart } from '../review/ReviewStart.tsx';
import { REVIEWABLE, useReviewSession } from '../review/useReviewSession.ts';
import { StatusBadge } from '../workflow/StatusBadge.tsx';
import { WorkflowActions } from '../workflow/WorkflowActions.tsx';
import { liveScore } from './liveScore.ts';
import { rememberedReviewer, useEvaluation, type ItemEdit } from './useEvaluation.ts';
import '../review/review.css';
import './checklist.css';

export interface ChecklistPaneProps {
  caseDetail: CaseDetail | null;
  /** The evaluation to open (a campaign's); null opens the case's current one. */
  evaluationId: number | null;
  /** The latest citation from the viewer; `seq` grows with each one so repeats still arrive. */
  citation: (Citation & { seq: number }) | null;
  /** Opens the next case; called after the current one is saved. */
  onNext(): void;
  /** Shows a cited page in the document viewer. */
  onShowDocument(target: DocumentTarget): void;
  /** Called when a change was stored (the case list shows the new total and grade). */
  onSaved?(): void;
  /** The case's first page is not on screen yet: the evaluation is opened, and drawn, after it. */
  waitForDocument?: boolean;
}

type Section =
  | { kind: 'vetoes'; entries: EntryModel[] }
  | { kind: 'category'; category: TemplateCategory; depth: number; entries: EntryModel[] }
  | { kind: 'bonus'; entries: EntryModel[] };

function sectionsOf(template: Template, caseDetail: CaseDetail): Section[] {
  const kind = { caseType: caseDetail.caseType, procedure: caseDetail.procedure };
  const applies = (appliesTo: Parameters<typeof matchesAppliesTo>[0]) => matchesAppliesTo(appliesTo, kind);
  const sections: Section[] = [];
  if (template.vetoes.length > 0) {
    sections.push({
      kind: 'vetoes',
      entries: template.vetoes.map((v) => ({
        id: v.id,
        kind: 'veto',
        name: v.name,
        points: null,
        options: [],
        law: v.law,
        guidance: v.guidance,
        description: v.description,
        autoNotApplicable: !applies(v.appliesTo),
      })),
    });
  }
  const visit = (categories: readonly TemplateCategory[], depth: number, parentApplies: boolean) => {
    for (const category of categories) {
      const categoryApplies = parentApplies && applies(category.appliesTo);
      sections.push({
        kind: 'category',
        category,
        depth,
        entries: category.items.map((item) => ({
          id: item.id,
          kind: 'item',
          name: item.name,
          points: item.points,
          options: item.deductions,
          law: item.law,
          guidance: item.guidance,
          description: item.description,
          autoNotApplicable: !categoryApplies || !applies(item.appliesTo),
        })),
      });
      visit(category.categories, depth + 1, categoryApplies);
    }
  };
  visit(template.categories, 0, true);
  if (template.bonus && template.bonus.items.length > 0) {
    sections.push({
      kind: 'bonus',
      entries: template.bonus.items.map((b) => ({
        id: b.id,
        kind: 'bonus',
        name: b.name,
        points: b.points,
        options: b.awards,
        law: b.law,
        guidance: b.guidance,
        description: b.description,
        autoNotApplicable: !applies(b.appliesTo),
      })),
    });
  }
  return sections;
}

function categoryScores(list: readonly CategoryScore[], into = new Map<string, CategoryScore>()) {
  for (const c of list) {
    into.set(c.id, c);
    categoryScores(c.categories, into);
  }
  return into;
}

const EDITABLE_STATUSES: readonly EvaluationStatus[] = ['not_started', 'in_progress'];

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type))
  );
}

export function ChecklistPane({
  caseDetail,
  evaluationId: wantedEvaluationId,
  citation,
  onNext,
  onShowDocument,
  onSaved,
  waitForDocument = false,
}: ChecklistPaneProps) {
  const { t, lang } = useI18n();
  const [state, actions] = useEvaluation(caseDetail, wantedEvaluationId, waitForDocument);
  const { view, evidence, findings, evaluation } = state;
  const vetoIds = useMemo(() => new Set(view?.template.vetoes.map((v) => v.id) ?? []), [view]);
  // After a 复核 change or a status move: read the evaluation back; the case list shows it too.
  const onStored = useCallback(() => {
    actions.reload();
    onSaved?.();
  }, [actions, onSaved]);
  const [review, reviewActions] = useReviewSession(evaluation, state.items, vetoIds, onStored);
  const reviewing = review.reviewer !== null;
  // Under 复核 the pane shows the stored results with the 复核's changes on top, scored live.
  const items = useMemo(() => {
    if (review.drafts.size === 0) return state.items;
    const merged = new Map<string, ItemEdit>(state.items);
    for (const [id, draft] of review.drafts) merged.set(id, draft.edit);
    return merged;
  }, [state.items, review.drafts]);
  const score = useMemo(
    () => (view && review.drafts.size > 0 ? liveScore(view, items, caseDetail) : state.score),
    [view, items, caseDetail, review.drafts.size, state.score],
  );
  const [current, setCurrent] = useState<{ evaluationId: number | null; id: string | null }>({
    evaluationId: null,
    id: null,
  });
  const [reviewer, setReviewer] = useState(rememberedReviewer());
  const seenCitation = useRef(citation?.seq ?? 0);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLFieldSetElement>(null);

  const sections = useMemo(() => (view && caseDetail ? sectionsOf(view.template, caseDetail) : []), [view, caseDetail]);
  const entries = useMemo(() => sections.flatMap((s) => s.entries), [sections]);
  const editable = useMemo(() => entries.filter((e) => !e.autoNotApplicable), [entries]);
  const entryById = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const itemScores = useMemo(() => new Map((score?.items ?? []).map((s) => [s.id, s])), [score]);
  const bonusScores = useMemo(() => new Map((score?.bonus?.items ?? []).map((s) => [s.id, s.earned])), [score]);
  const catScores = useMemo(() => categoryScores(score?.categories ?? []), [score]);

  // Which findings bear on which entry: the rules an entry's `auto` lists, and fail targets.
  const findingsByEntry = useMemo(() => {
    const map = new Map<string, typeof findings>();
    if (!view) return map;
    const rulesOf = new Map<string, Set<string>>();
    for (const v of view.template.vetoes) rulesOf.set(v.id, new Set(v.auto.map((a) => a.rule)));
    const visit = (cs: readonly TemplateCategory[]) => {
      for (const c of cs) {
        for (const item of c.items) rulesOf.set(item.id, new Set(item.auto.map((a) => a.rule)));
        visit(c.categories);
      }
    };
    visit(view.template.categories);
    for (const f of findings) {
      const ids = new Set<string>();
      for (const [id, rules] of rulesOf) if (rules.has(f.rule)) ids.add(id);
      for (const target of f.targets) ids.add(target.kind === 'item' ? target.itemId : target.vetoId);
      for (const id of ids) map.set(id, [...(map.get(id) ?? []), f]);
    }
    // Passing and not-applicable findings stay out of the way; fails and unknowns are shown.
    for (const [id, list] of map)
      map.set(
        id,
        list.filter((f) => f.status === 'fail' || f.status === 'unknown'),
      );
    return map;
  }, [view, findings]);
  const unmatchedFails = useMemo(() => {
    const shown = new Set([...findingsByEntry.values()].flat().map((f) => f.id));
    return findings.filter((f) => f.status === 'fail' && !shown.has(f.id));
  }, [findings, findingsByEntry]);

  const evidenceByItem = useMemo(() => {
    const map = new Map<string, EvidenceView[]>();
    for (const e of evidence) map.set(e.itemId, [...(map.get(e.itemId) ?? []), e]);
    return map;
  }, [evidence]);

  // A newly opened evaluation starts on its first entry.
  const evaluationId = evaluation?.id ?? null;
  const currentId = current.evaluationId === evaluationId && current.id ? current.id : (editable[0]?.id ?? null);
  const setCurrentId = useCallback((id: string) => setCurrent({ evaluationId, id }), [evaluationId]);

  // Submitted, reviewed and finalised evaluations are signed off: the pane only shows them
  // (a 复核 changes their results, nothing else).
  const locked = evaluation !== null && !EDITABLE_STATUSES.includes(evaluation.status);
  const readOnly = locked && !reviewing;
  const editEntry = reviewing ? reviewActions.edit : actions.editItem;

  // A new citation from the viewer goes to the item the reviewer is working on.
  useEffect(() => {
    if (!citation || citation.seq === seenCitation.current) return;
    seenCitation.current = citation.seq;
    if (locked) return;
    const target = currentId ?? editable[0]?.id;
    if (!target || !caseDetail) return;
    void actions.addEvidence(target, citation.documentId, citation.pageNo, citation.selectedText);
  }, [citation, currentId, editable, caseDetail, actions, locked]);

  const move = useCallback(
    (delta: number) => {
      if (editable.length === 0) return;
      const index = editable.findIndex((e) => e.id === currentId);
      const next = editable[Math.min(editable.length - 1, Math.max(0, index + delta))] ?? editable[0]!;
      setCurrentId(next.id);
      requestAnimationFrame(() => {
        const el = listRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(next.id)}"]`);
        el?.scrollIntoView({ block: 'nearest' });
      });
    },
    [editable, currentId, setCurrentId],
  );
  useShortcut(
    'nextItem',
    useCallback(() => move(1), [move]),
  );
  useShortcut(
    'prevItem',
    useCallback(() => move(-1), [move]),
  );

  // Tell the desk once per burst of edits, when everything queued is stored.
  const saveState = state.saveState;
  useEffect(() => {
    if (saveState !== 'saved' || !onSaved) return undefined;
    const timer = setTimeout(onSaved, 600);
    return () => clearTimeout(timer);
  }, [saveState, onSaved, evaluation]);

  const saveAndNext = useCallback(() => {
    void actions.flush().then((ok) => {
      if (ok) onNext();
    });
  }, [actions, onNext]);
  useShortcut('saveNext', caseDetail ? saveAndNext : null);

  // A move during 复核 first stores the changes made (refused while one lacks its reason).
  const { apply: applyReview } = reviewActions;
  const draftCount = review.drafts.size;
  const beforeReviewMove = useCallback(
    async () => draftCount === 0 || (await applyReview()),
    [draftCount, applyReview],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const entry = currentId ? entryById.get(currentId) : undefined;
    if (!entry || entry.autoNotApplicable) return;
    const edit = items.get(entry.id) ?? EMPTY_EDIT;
    const key = event.key.toLowerCase();
    if (/^[1-9]$/.test(key) && entry.kind !== 'veto') {
      const option = entry.options[Number(key) - 1];
      if (option) editEntry(entry.id, toggleOption(entry, edit, option));
    } else if (key === '0') {
      editEntry(entry.id, setStatus(edit, entry.kind === 'veto' ? 'clear' : 'ok'));
    } else if (key === 'x' && entry.kind === 'item') {
      editEntry(entry.id, setStatus(edit, 'not_applicable'));
    } else if (key === 'e') {
      requestAnimationFrame(() => noteRef.current?.focus());
    } else return;
    event.preventDefault();
  };

  if (!caseDetail) {
    return (
      <div className="checklist-pane">
        <p className="pane-empty">{t('checklist.noCase')}</p>
      </div>
    );
  }
  if (state.loadError) {
    return (
      <div className="checklist-pane" data-testid="checklist">
        <div className="pane-empty" role="alert">
          <p>{t('checklist.loadError', { message: errorText(state.loadError, lang) })}</p>
          <button type="button" className="button" onClick={actions.reload}>
            {t('checklist.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (!view || !score || !evaluation || waitForDocument) {
    return (
      <div className="checklist-pane" data-testid="checklist">
        <p className="pane-empty">{t('checklist.loading')}</p>
      </div>
    );
  }

  const pendingFails = findings.filter((f) => f.status === 'fail' && f.decision === 'pending').length;
  const failCount = findings.filter((f) => f.status === 'fail').length;
  const vetoed = score.vetoHits.length > 0;

  const renderEntry = (entry: EntryModel) => {
    const edit = items.get(entry.id) ?? EMPTY_EDIT;
    const draft = review.drafts.get(entry.id);
    const earned =
      entry.kind === 'bonus' ? (bonusScores.get(entry.id) ?? 0) : (itemScores.get(entry.id)?.earned ?? null);
    return (
      <ChecklistItem
        key={entry.id}
        entry={entry}
        edit={edit}
        earned={entry.kind === 'veto' ? null : earned}
        findings={findingsByEntry.get(entry.id) ?? []}
        evidence={evidenceByItem.get(entry.id) ?? []}
        current={entry.id === currentId}
        signedOff={locked}
        footer={
          draft ? (
            <ReviewReason
              draft={draft}
              stored={state.items.get(entry.id) ?? EMPTY_EDIT}
              onReason={(reason) => reviewActions.setReason(entry.id, reason)}
              onRevert={() => reviewActions.revert(entry.id)}
            />
          ) : null
        }
        noteRef={entry.id === currentId ? noteRef : undefined}
        onFocus={() => setCurrentId(entry.id)}
        onEdit={(next) => editEntry(entry.id, next)}
        onShowEvidence={(e) => onShowDocument({ documentId: e.documentId, pageNo: e.pageNo ?? 1 })}
        onRemoveEvidence={(id) => void actions.removeEvidence(id)}
        onDecide={(id, decision, reason) => void actions.decideFinding(id, decision, reason)}
      />
    );
  };

  return (
    <div
      className="checklist-pane"
      data-testid="checklist"
      data-case-id={caseDetail.id}
      data-evaluation-id={evaluation.id}
      onKeyDown={onKeyDown}
    >
      <header className="checklist-header">
        <div className="checklist-template" title={`${view.template.id}@${evaluation.template.version}`}>
          {t('checklist.templateVersion', { name: evaluation.templateName, version: evaluation.template.version })}
        </div>
        <div className="checklist-scoreline">
          <div className="checklist-total">
            <span className="checklist-label">{t('checklist.total')}</span>
            <strong data-testid="checklist-total" className={vetoed ? 'is-vetoed' : ''}>
              {score.total === null
                ? t('checklist.notScored')
                : t('checklist.totalValue', { score: formatPoints(score.total) })}
            </strong>
          </div>
          <div className="checklist-grade">
            <span className="checklist-label">{t('checklist.grade')}</span>
            <strong data-testid="checklist-grade">{score.grade?.name ?? t('checklist.noGrade')}</strong>
          </div>
          <label className="checklist-reviewer">
            <span className="checklist-label">{t('checklist.reviewer')}</span>
            <input
              data-testid="checklist-reviewer"
              readOnly={locked}
              value={locked ? (evaluation.reviewer ?? '') : reviewer}
              placeholder={t('checklist.reviewerPlaceholder')}
              onChange={(event) => setReviewer(event.target.value)}
              onBlur={() => {
                if (reviewer.trim() && reviewer.trim() !== evaluation.reviewer) void actions.setReviewer(reviewer);
              }}
            />
          </label>
        </div>
        <div className="checklist-status">
          <span>
            {score.complete ? t('checklist.complete') : t('checklist.incomplete', { count: score.unreviewed.length })}
          </span>
          {findings.length > 0 ? (
            <span data-testid="checklist-findings-summary">
              {t('checklist.findingsSummary', { fail: failCount, pending: pendingFails })}
            </span>
          ) : null}
          {locked ? null : (
            <button type="button" className="button-link" onClick={() => void actions.rerunChecks()}>
              {t('checklist.rerun')}
            </button>
          )}
        </div>
      </header>

      {reviewing ? <ReviewBanner evaluation={evaluation} session={review} actions={reviewActions} /> : null}
      {readOnly ? (
        <div className="checklist-locked" role="note" data-testid="checklist-locked">
          <p>
            {t(REVIEWABLE.includes(evaluation.status) ? 'checklist.lockedReview' : 'checklist.locked', {
              status: t(`enums.evaluationStatus.${evaluation.status}`),
            })}
          </p>
          {REVIEWABLE.includes(evaluation.status) ? (
            <ReviewStart evaluation={evaluation} onStart={reviewActions.start} />
          ) : null}
        </div>
      ) : null}
      {locked ? <OverturnFeed evaluation={evaluation} /> : null}
      <fieldset className="checklist-items" ref={listRef} disabled={readOnly}>
        {unmatchedFails.length > 0 ? (
          <section className="checklist-section">
            <h3 className="checklist-section-title">{t('checklist.otherFindings')}</h3>
            <ul className="checklist-other-findings">
              {unmatchedFails.map((f) => (
                <li key={f.id} className="finding finding-fail">
                  <span className="finding-badge badge-fail">{t('checklist.findingStatus.fail')}</span>{' '}
                  {lang === 'en' ? f.reasonEn : f.reasonZh}（{f.article}）
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {sections.map((section) => {
          if (section.kind === 'category') {
            const c = catScores.get(section.category.id);
            return (
              <section
                key={section.category.id}
                className={`checklist-section depth-${Math.min(section.depth, 2)}`}
                data-testid="checklist-category"
                data-category-id={section.category.id}
              >
                <h3 className="checklist-section-title">
                  <span>
                    {section.category.id} {section.category.name}
                  </span>
                  <span className="checklist-section-points">
                    {c
                      ? t('checklist.categoryEarned', {
                          earned: formatPoints(c.earned),
                          points: formatPoints(c.applicable),
                        })
                      : t('checklist.points', { points: section.category.points })}
                  </span>
                </h3>
                {section.entries.length > 0 ? (
                  <ol className="checklist-list">{section.entries.map(renderEntry)}</ol>
                ) : null}
              </section>
            );
          }
          const title = section.kind === 'vetoes' ? t('checklist.vetoes') : t('checklist.bonus');
          return (
            <section key={section.kind} className={`checklist-section section-${section.kind}`}>
              <h3 className="checklist-section-title">
                <span>{title}</span>
                {section.kind === 'bonus' && score.bonus ? (
                  <span className="checklist-section-points">
                    {t('checklist.categoryEarned', {
                      earned: formatPoints(score.bonus.earned),
                      points: formatPoints(score.bonus.cap),
                    })}
                  </span>
                ) : null}
              </h3>
              <ol className="checklist-list">{section.entries.map(renderEntry)}</ol>
            </section>
          );
        })}
        <details className="checklist-explanation">
          <summary>{t('checklist.explanation')}</summary>
          <pre data-testid="checklist-explanation">{formatExplanation(score, lang === 'en' ? 'en' : 'zh')}</pre>
        </details>
      </fieldset>

      {evaluation.campaignId !== null ? (
        <div className="checklist-workflow" data-testid="checklist-workflow">
          <StatusBadge status={evaluation.status} />
          <WorkflowActions
            evaluationId={evaluation.id}
            caseNumber={caseDetail.caseNumber}
            status={evaluation.status}
            actor={review.reviewer}
            beforeAction={reviewing ? beforeReviewMove : actions.flush}
            onDone={onStored}
          />
        </div>
      ) : null}

      <footer className="checklist-footer">
        <span className="checklist-saved" data-testid="checklist-saved" data-state={state.saveState} role="status">
          {state.saveState === 'saving'
            ? t('checklist.saving')
            : state.saveState === 'saved'
              ? t('checklist.saved')
              : state.saveState === 'error'
                ? t('checklist.saveError', { message: state.saveError ? errorText(state.saveError, lang) : '' })
                : t('checklist.idle')}
        </span>
        {state.saveState === 'error' ? (
          <button type="button" className="button" data-testid="checklist-retry" onClick={() => void actions.flush()}>
            {t('checklist.saveRetry')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          title={t('checklist.saveNextTitle')}
          data-testid="checklist-save-next"
          onClick={saveAndNext}
        >
          {t('checklist.saveNext')}
        </button>
      </footer>
    </div>
  );
}
