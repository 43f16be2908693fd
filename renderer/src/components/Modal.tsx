/**
 * A modal built on <dialog>: the browser provides the focus trap, Escape to close and the
 * inert background, which a hand-made overlay would have to imitate.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18nContext.ts';
import './modal.css';

interface ModalProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
  /** Wider dialogs for tables (import results). */
  wide?: boolean;
  /** Blocks closing (Escape, ×) while work is running. */
  busy?: boolean;
}

export function Modal({ open, title, onClose, children, testId, wide = false, busy = false }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before the dialog opens (and misses); a field marked
      // data-autofocus takes the focus instead of the first button (the ×).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: keep the dialog open while busy, else let the parent close it.
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      {open ? (
        <>
          <header className="modal-header">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="icon-button"
              onClick={onClose}
              disabled={busy}
              aria-label={t('app.close')}
              title={t('app.close')}
            >
              ×
            </button>
          </header>
          <div className="modal-body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
