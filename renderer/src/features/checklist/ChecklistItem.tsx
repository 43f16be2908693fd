/**
 * One entry of the checklist: a scored item (deduction options), a bonus item (award options)
 * or a veto (hit / not hit), with its note, its evidence citations and the automatic findings
 * that bear on it, each to accept or override with a reason.
 */
import { useState, type ReactNode, type Ref } from 'react';
import type { EvidenceView, FindingDecision, FindingView } from '../../../../shared/api/evaluationTypes.ts';
import { documentTypeLabel } from '../../../../shared/i18n/labels.ts';
import { formatPoints } from '../../../../shared/scoring/explain.ts';
import type { OptionChoice } from '../../../../shared/scoring/types.ts';
import { formatLawRefs } from '../../../../shared/templates/law.ts';
import type { DeductionOption, LawRef } from '../../../../shared/templates/shape.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { ItemEdit } from './useEvaluation.ts';

export interface EntryModel {
  id: string;
  kind: 'item' | 'bonus' | 'veto';
  name: string;
  points: number | null;
  options: readonly DeductionOption[];
  law: readonly LawRef[];
  guidance: string | undefined;
  description: string | undefined;
  /** Not applicable to this case by the template's appliesTo (shown, not editable). */
  autoNotApplicable: boolean;
}

interface Props {
  entry: EntryModel;
  edit: ItemEdit;
  earned: number | null;
  findings: readonly FindingView[];
  evidence: readonly EvidenceView[];
  current: boolean;
  /** Submitted or later: findings and evidence stay as the reviewer left them (a 复核 changes results only). */
  signedOff: boolean;
  /** Shown under the entry (the 复核's reason for changing it). */
  footer?: ReactNode;
  noteRef?: Ref<HTMLTextAreaElement> | undefined;
  onFocus(): void;
  onEdit(edit: ItemEdit): void;
  onShowEvidence(evidence: EvidenceView): void;
  onRemoveEvidence(id: number): void;
  onDecide(findingId: number, decision: FindingDecision, reason?: string): void;
}

export const EMPTY_EDIT: ItemEdit = { status: 'unreviewed', deductions: [], awards: [], note: null };

/** The status that follows from the chosen options. */
function withChoices(entry: EntryModel, edit: ItemEdit, choices: OptionChoice[]): ItemEdit {
  if (entry.kind === 'bonus') return { ...edit, awards: choices, status: choices.length > 0 ? 'awarded' : 'ok' };
  return { ...edit, deductions: choices, status: choices.length > 0 ? 'deducted' : 'ok' };
}

export function toggleOption(entry: EntryModel, edit: ItemEdit, option: DeductionOption): ItemEdit {
  const chosen = entry.kind === 'bonus' ? edit.awards : edit.deductions;
  if (chosen.some((c) => c.optionId === option.id)) {
    return withChoices(
      entry,
      edit,
      chosen.filter((c) => c.optionId !== option.id),
    );
  }
  const choice: OptionChoice =
    option.kind === 'per_occurrence'
      ? { optionId: option.id, occurrences: 1 }
      : option.kind === 'range'
        ? { optionId: option.id, points: option.min > 0 ? option.min : option.step }
        : { optionId: option.id };
  return withChoices(entry, edit, [...chosen, choice]);
}

export function setStatus(edit: ItemEdit, status: ItemEdit['status']): ItemEdit {
  // Choosing the active status again takes it back to "not reviewed".
  const next = edit.status === status ? 'unreviewed' : status;
  return { ...edit, status: next, deductions: [], awards: [] };
}

function optionTag(t: ReturnType<typeof useI18n>['t'], entry: EntryModel, option: DeductionOption): string {
  const sign = entry.kind === 'bonus';
  switch (option.kind) {
    case 'fixed':
      return sign
        ? t('checklist.award', { points: option.points })
        : t('checklist.deductFixed', { points: option.points });
    case 'per_occurrence':
      return option.cap !== undefined
        ? t('checklist.deductPerCap', { points: option.points, cap: option.cap })
        : t('checklist.deductPer', { points: option.points });
    case 'range':
      return t('checklist.deductRange', { min: option.min, max: option.max });
    case 'whole':
      return t('checklist.deductWhole', { points: entry.points ?? 0 });
  }
}

interface FindingRowProps {
  finding: FindingView;
  decidable: boolean;
  onDecide: Props['onDecide'];
}

function FindingRow({ finding, decidable, onDecide }: FindingRowProps) {
  const { t, lang } = useI18n();
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const c = finding.computation;
  return (
    <div className={`finding finding-${finding.status}`} data-testid="item-finding" data-rule={finding.rule}>
      <div className="finding-head">
        <span className={`finding-badge badge-${finding.status}`}>
          {t(`checklist.findingStatus.${finding.status}`)}
        </span>
        <span className="finding-reason">{lang === 'en' ? finding.reasonEn : finding.reasonZh}</span>
      </div>
      <div className="finding-meta">
        <span>{finding.article}</span>
        {c ? (
          <span data-testid="finding-deadline">
            {t('checklist.deadline', {
              start: c.start.event,
              startDate: c.start.date,
              rule: c.rule,
              deadline: c.deadline,
            })}
            {c.actual ? t('checklist.deadlineActual', { event: c.actual.event, date: c.actual.date }) : ''}
            {c.daysOver ? t('checklist.daysOver', { days: c.daysOver }) : ''}
          </span>
        ) : null}
      </div>
      {finding.status === 'fail' && (decidable || finding.decision !== 'pending') ? (
        <div className="finding-actions">
          {finding.decision === 'pending' && !overriding ? (
            <>
              <button
                type="button"
                className="button button-small button-primary"
                data-testid="finding-accept"
                onClick={() => onDecide(finding.id, 'accepted')}
              >
                {t('checklist.accept')}
              </button>
              <button
                type="button"
                className="button button-small"
                data-testid="finding-override"
                onClick={() => setOverriding(true)}
              >
                {t('checklist.override')}
              </button>
            </>
          ) : null}
          {overriding ? (
            <form
              className="finding-override"
              onSubmit={(event) => {
                event.preventDefault();
                if (!reason.trim()) return;
                onDecide(finding.id, 'overridden', reason.trim());
                setOverriding(false);
              }}
            >
              <input
                data-testid="finding-reason"
                aria-label={t('checklist.overrideReason')}
                placeholder={t('checklist.overrideReason')}
                value={reason}
                required
                onChange={(event) => setReason(event.target.value)}
              />
              <button type="submit" className="button button-small" disabled={!reason.trim()}>
                {t('checklist.overrideConfirm')}
              </button>
              <button type="button" className="button button-small" onClick={() => setOverriding(false)}>
                {t('checklist.cancel')}
              </button>
            </form>
          ) : null}
          {finding.decision !== 'pending' ? (
            <>
              <span className="finding-decision" data-testid="finding-decision" data-decision={finding.decision}>
                {finding.decision === 'accepted'
                  ? t('checklist.accepted')
                  : t('checklist.overridden', { reason: finding.decisionReason ?? '' })}
              </span>
              {decidable ? (
                <button type="button" className="button-link" onClick={() => onDecide(finding.id, 'pending')}>
                  {t('checklist.reset')}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function ChecklistItem(props: Props) {
  const { entry, edit, earned, findings, evidence, current, signedOff, footer, noteRef } = props;
  const { onFocus, onEdit, onShowEvidence, onRemoveEvidence, onDecide } = props;
  const { t, lang } = useI18n();
  const chosen = entry.kind === 'bonus' ? edit.awards : edit.deductions;
  const locked = entry.autoNotApplicable;
  const docTitle = (e: EvidenceView) => e.documentTitle ?? documentTypeLabel(e.documentType, lang);
  const className = [
    'checklist-item',
    current ? 'is-current' : '',
    `status-${edit.status}`,
    locked ? 'is-locked' : '',
  ].join(' ');

  return (
    // The entry becomes current on click, not on focus: a focus change collapses the previous
    // entry's note, and a layout shift between mousedown and mouseup would swallow the click.
    <li
      className={className}
      data-testid="checklist-item"
      data-item-id={entry.id}
      data-status={edit.status}
      onClickCapture={onFocus}
    >
      <div
        className="checklist-item-head"
        role="button"
        tabIndex={0}
        aria-current={current ? 'true' : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onFocus();
          }
        }}
      >
        <span className="checklist-item-id">{entry.id}</span>
        <span className="checklist-item-name">{entry.name}</span>
        {entry.points !== null ? (
          <span className="checklist-item-points">
            {earned !== null && edit.status !== 'unreviewed' ? (
              <span className={earned < entry.points && entry.kind !== 'bonus' ? 'is-lost' : ''}>
                {formatPoints(earned)}
              </span>
            ) : (
              <span className="is-muted">–</span>
            )}
            <span className="is-muted">/{formatPoints(entry.points)}</span>
          </span>
        ) : null}
      </div>
      <div className="checklist-item-body">
        {locked ? (
          <p className="checklist-item-locked">{t('checklist.notApplicable')}</p>
        ) : (
          <div className="choice-group">
            {entry.kind === 'veto' ? (
              <>
                <button
                  type="button"
                  className={edit.status === 'clear' ? 'choice is-checked' : 'choice'}
                  aria-pressed={edit.status === 'clear'}
                  data-testid="item-ok"
                  onClick={() => onEdit(setStatus(edit, 'clear'))}
                >
                  {t('checklist.vetoClear')}
                </button>
                <button
                  type="button"
                  className={edit.status === 'hit' ? 'choice is-checked is-deduction' : 'choice is-deduction'}
                  aria-pressed={edit.status === 'hit'}
                  data-testid="item-deduction"
                  onClick={() => onEdit(setStatus(edit, 'hit'))}
                >
                  {t('checklist.vetoHit')}
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className={edit.status === 'ok' ? 'choice is-checked' : 'choice'}
                  aria-pressed={edit.status === 'ok'}
                  data-testid="item-ok"
                  title="0"
                  onClick={() => onEdit(setStatus(edit, 'ok'))}
                >
                  {t('checklist.ok')}
                </button>
                {entry.options.map((option, index) => {
                  const choice = chosen.find((c) => c.optionId === option.id);
                  return (
                    <span key={option.id} className={choice ? 'option is-checked' : 'option'}>
                      <button
                        type="button"
                        className={choice ? 'choice is-checked is-deduction' : 'choice is-deduction'}
                        aria-pressed={Boolean(choice)}
                        data-testid="item-deduction"
                        data-option-id={option.id}
                        title={index < 9 ? String(index + 1) : undefined}
                        onClick={() => onEdit(toggleOption(entry, edit, option))}
                      >
                        <span className="option-label">{option.label}</span>
                        <span className="option-tag">{optionTag(t, entry, option)}</span>
                      </button>
                      {choice && option.kind === 'per_occurrence' ? (
                        <input
                          type="number"
                          className="option-number"
                          aria-label={t('checklist.occurrences')}
                          min={1}
                          max={1000}
                          step={1}
                          value={choice.occurrences ?? 1}
                          onChange={(event) => {
                            const n = Math.max(1, Math.min(1000, Math.round(Number(event.target.value) || 1)));
                            onEdit(
                              withChoices(
                                entry,
                                edit,
                                chosen.map((c) => (c.optionId === option.id ? { ...c, occurrences: n } : c)),
                              ),
                            );
                          }}
                        />
                      ) : null}
                      {choice && option.kind === 'range' ? (
                        <input
                          type="number"
                          className="option-number"
                          aria-label={t('checklist.rangePoints')}
                          min={option.min}
                          max={option.max}
                          step={option.step}
                          value={choice.points ?? option.min}
                          onChange={(event) => {
                            const raw = Number(event.target.value);
                            const snapped = option.min + Math.round((raw - option.min) / option.step) * option.step;
                            const p = Math.min(
                              option.max,
                              Math.max(option.min, Number.isFinite(snapped) ? snapped : option.min),
                            );
                            onEdit(
                              withChoices(
                                entry,
                                edit,
                                chosen.map((c) => (c.optionId === option.id ? { ...c, points: p } : c)),
                              ),
                            );
                          }}
                        />
                      ) : null}
                    </span>
                  );
                })}
                {entry.kind === 'item' ? (
                  <button
                    type="button"
                    className={edit.status === 'not_applicable' ? 'choice is-checked' : 'choice'}
                    aria-pressed={edit.status === 'not_applicable'}
                    data-testid="item-na"
                    title="X"
                    onClick={() => onEdit(setStatus(edit, 'not_applicable'))}
                  >
                    {t('checklist.notApplicable')}
                  </button>
                ) : null}
              </>
            )}
          </div>
        )}

        {findings.length > 0 ? (
          <div className="checklist-findings" aria-label={t('checklist.findings')}>
            {findings.map((f) => (
              <FindingRow key={f.id} finding={f} decidable={!signedOff} onDecide={onDecide} />
            ))}
          </div>
        ) : null}

        {evidence.length > 0 ? (
          <ul className="evidence-list" aria-label={t('checklist.evidence')}>
            {evidence.map((e) => (
              <li key={e.id} className="evidence-chip" data-testid="item-evidence">
                <button
                  type="button"
                  className="button-link"
                  title={t('checklist.showEvidence')}
                  onClick={() => onShowEvidence(e)}
                >
                  {t('checklist.evidenceLabel', { title: docTitle(e), page: e.pageNo ?? 1 })}
                </button>
                {e.quote ? <q className="evidence-quote">{e.quote}</q> : null}
                {signedOff ? null : (
                  <button
                    type="button"
                    className="evidence-remove"
                    aria-label={t('checklist.removeEvidence')}
                    title={t('checklist.removeEvidence')}
                    onClick={() => onRemoveEvidence(e.id)}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}

        {current || edit.note ? (
          <textarea
            ref={noteRef}
            className="checklist-note"
            data-testid="item-note"
            rows={current ? 2 : 1}
            aria-label={t('checklist.note')}
            placeholder={t('checklist.notePlaceholder')}
            value={edit.note ?? ''}
            onChange={(event) => onEdit({ ...edit, note: event.target.value === '' ? null : event.target.value })}
          />
        ) : null}

        {current && (entry.law.length > 0 || entry.guidance || entry.description) ? (
          <details className="checklist-guidance">
            <summary>
              {t('checklist.law')}：{formatLawRefs(entry.law)}
            </summary>
            {entry.description ? <p>{entry.description}</p> : null}
            {entry.guidance ? (
              <p>
                {t('checklist.guidance')}：{entry.guidance}
              </p>
            ) : null}
          </details>
        ) : null}
        {current && evidence.length === 0 && !signedOff ? (
          <p className="checklist-hint">{t('checklist.citeTitle')}</p>
        ) : null}
        {footer}
      </div>
    </li>
  );
}
