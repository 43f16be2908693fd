/**
 * The right pane. For now it holds the INTERIM built-in checklist (interimTemplate.ts) with
 * drafts kept in React state for this session only; the standards work replaces the internals
 * and keeps the props: the open case, citations coming from the viewer, and "save & next".
 */
import { useCallback, useState } from 'react';
import type { CaseDetail } from '../../../../shared/api/types.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { Citation } from '../document/viewerTypes.ts';
import { useShortcut } from '../shortcuts/shortcutRegistry.ts';
import { ChecklistItem } from './ChecklistItem.tsx';
import { EMPTY_ITEM, INTERIM_ITEMS, scoreOf, type CaseDraft, type ItemDraft } from './interimTemplate.ts';
import './checklist.css';

export interface ChecklistPaneProps {
  caseDetail: CaseDetail | null;
  /** The latest citation from the viewer; `seq` grows with each one so repeats still arrive. */
  citation: (Citation & { seq: number }) | null;
  /** Opens the next case; called after the current one is saved. */
  onNext(): void;
}

export function ChecklistPane({ caseDetail, citation, onNext }: ChecklistPaneProps) {
  const { t, formatNumber } = useI18n();
  const [drafts, setDrafts] = useState<Record<number, CaseDraft>>({});
  const [currentItem, setCurrentItem] = useState<string>(INTERIM_ITEMS[0]?.id ?? '');
  const [seenCitation, setSeenCitation] = useState(0);
  const caseId = caseDetail?.id ?? null;

  const updateItem = useCallback(
    (itemId: string, update: (item: ItemDraft) => ItemDraft) => {
      if (caseId === null) return;
      setDrafts((all) => {
        const draft = all[caseId] ?? { items: {}, savedAt: null };
        const item = draft.items[itemId] ?? EMPTY_ITEM;
        return { ...all, [caseId]: { items: { ...draft.items, [itemId]: update(item) }, savedAt: null } };
      });
    },
    [caseId],
  );

  // A new citation from the viewer goes to the item the reviewer is working on.
  if (citation && citation.seq !== seenCitation) {
    setSeenCitation(citation.seq);
    const cited = {
      documentId: citation.documentId,
      pageNo: citation.pageNo,
      ...(citation.selectedText ? { quote: citation.selectedText } : {}),
    };
    updateItem(currentItem, (item) => ({ ...item, citations: [...item.citations, cited] }));
  }

  const saveAndNext = useCallback(() => {
    if (caseId === null) return;
    setDrafts((all) => ({
      ...all,
      [caseId]: { items: all[caseId]?.items ?? {}, savedAt: new Date().toLocaleTimeString() },
    }));
    onNext();
  }, [caseId, onNext]);
  useShortcut('saveNext', caseId === null ? null : saveAndNext);

  if (!caseDetail) {
    return (
      <div className="checklist-pane">
        <p className="pane-empty">{t('checklist.noCase')}</p>
      </div>
    );
  }

  const draft = drafts[caseDetail.id];
  const score = scoreOf(draft);
  return (
    <div className="checklist-pane" data-testid="checklist" data-case-id={caseDetail.id}>
      <div className="interim-banner" role="note" data-testid="checklist-interim">
        {t('checklist.interimBanner')}
      </div>
      <div className="checklist-score">
        <span>{t('checklist.score')}</span>
        <strong data-testid="checklist-score">{t('checklist.scoreValue', { score: formatNumber(score) })}</strong>
      </div>
      <ol className="checklist-items">
        {INTERIM_ITEMS.map((item, index) => (
          <ChecklistItem
            key={item.id}
            index={index}
            item={item}
            draft={draft?.items[item.id] ?? EMPTY_ITEM}
            caseDetail={caseDetail}
            current={item.id === currentItem}
            onFocus={() => setCurrentItem(item.id)}
            onChange={(next) => updateItem(item.id, () => next)}
          />
        ))}
      </ol>
      <footer className="checklist-footer">
        <span className="checklist-saved" data-testid="checklist-saved">
          {draft?.savedAt ? t('checklist.savedAt', { time: draft.savedAt }) : t('checklist.unsaved')}
        </span>
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
