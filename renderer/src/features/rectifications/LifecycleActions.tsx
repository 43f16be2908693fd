/**
 * The moves an item's status allows: a draft can be discarded; an issued item is started and
 * reported done by the unit (done needs a reply first), then approved or rejected by the legal
 * office. Each move asks what it needs in the MoveDialog.
 */
import { useState } from 'react';
import type { RectificationView } from '../../../../shared/api/rectificationTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { MoveDialog, type MoveKind } from './MoveDialog.tsx';

const MOVES_BY_STATUS: Record<RectificationView['status'], readonly MoveKind[]> = {
  pending: ['start', 'complete'],
  in_progress: ['complete'],
  done: ['approve', 'reject'],
  accepted: [],
};

interface LifecycleActionsProps {
  item: RectificationView;
  replies: number;
  onChanged(): void;
}

export function LifecycleActions({ item, replies, onChanged }: LifecycleActionsProps) {
  const { t } = useI18n();
  const [move, setMove] = useState<MoveKind | null>(null);
  const moves: readonly MoveKind[] = item.displayStatus === 'draft' ? ['discard'] : MOVES_BY_STATUS[item.status];
  if (moves.length === 0) return null;
  return (
    <div className="workflow-actions rect-actions" role="group" aria-label={t('rectifications.actions')}>
      {moves.map((m) => (
        <button
          key={m}
          type="button"
          className={m === 'reject' || m === 'discard' ? 'button' : 'button button-primary'}
          data-testid={`rect-move-${m}`}
          title={m === 'complete' && replies === 0 ? t('rectifications.completeNeedsReply') : undefined}
          onClick={() => setMove(m)}
        >
          {t(`rectifications.move.${m}`)}
        </button>
      ))}
      {move ? (
        <MoveDialog
          item={item}
          move={move}
          onClose={() => setMove(null)}
          onDone={() => {
            setMove(null);
            onChanged();
          }}
        />
      ) : null}
    </div>
  );
}
