/** One interim checklist item: its deduction choice, a note, and the pages cited for it. */
import { useId } from 'react';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { documentTypeLabel } from '../../../../shared/i18n/labels.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { InterimItem, ItemChoice, ItemDraft } from './interimTemplate.ts';

interface ChecklistItemProps {
  index: number;
  item: InterimItem;
  draft: ItemDraft;
  caseDetail: CaseDetail;
  current: boolean;
  onFocus(): void;
  onChange(draft: ItemDraft): void;
}

export function ChecklistItem({ index, item, draft, caseDetail, current, onFocus, onChange }: ChecklistItemProps) {
  const { t, lang } = useI18n();
  const name = useId();
  const choices: { value: ItemChoice; label: string }[] = [
    { value: 'ok', label: t('checklist.choices.ok') },
    ...item.deductions.map((points) => ({ value: points, label: t('checklist.choices.minus', { points }) })),
    { value: 'na', label: t('checklist.choices.na') },
  ];
  const docTitle = (documentId: number) => {
    const doc = caseDetail.documents.find((d) => d.id === documentId);
    return doc ? (doc.title ?? documentTypeLabel(doc.type, lang)) : String(documentId);
  };

  return (
    <li
      className={current ? 'checklist-item is-current' : 'checklist-item'}
      data-testid="checklist-item"
      data-item-id={item.id}
      onFocusCapture={onFocus}
    >
      <div className="checklist-item-label" id={`${name}-label`}>
        <span className="checklist-item-no">{index + 1}.</span>
        {t(item.label)}
      </div>
      <div className="choice-group" role="radiogroup" aria-labelledby={`${name}-label`}>
        {choices.map((choice) => (
          <label
            key={String(choice.value)}
            className={[
              'choice',
              draft.choice === choice.value ? 'is-checked' : '',
              typeof choice.value === 'number' ? 'is-deduction' : '',
            ].join(' ')}
          >
            <input
              type="radio"
              name={name}
              className="visually-hidden"
              checked={draft.choice === choice.value}
              onChange={() => onChange({ ...draft, choice: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <textarea
        className="checklist-note"
        rows={2}
        aria-label={t('checklist.notes')}
        placeholder={t('checklist.notesPlaceholder')}
        value={draft.note}
        onChange={(event) => onChange({ ...draft, note: event.target.value })}
      />
      {draft.citations.length > 0 ? (
        <ul className="citation-list" aria-label={t('checklist.citations')}>
          {draft.citations.map((c, i) => (
            <li key={`${c.documentId}-${c.pageNo}-${i}`} className="citation">
              {t('checklist.addCitation', { title: docTitle(c.documentId), page: c.pageNo })}
              {c.quote ? <q>{c.quote}</q> : null}
              <button
                type="button"
                className="icon-button"
                aria-label={t('checklist.removeCitation')}
                title={t('checklist.removeCitation')}
                onClick={() => onChange({ ...draft, citations: draft.citations.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
