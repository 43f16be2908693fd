/** The shortcut legend, rendered from the same table that handles the keys. */
import { Fragment } from 'react';
import type { MessageKey } from '../../../../shared/i18n/index.ts';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { SHORTCUTS, type ShortcutScope } from '../../shortcuts.ts';

const SCOPES: readonly { scope: ShortcutScope; label: MessageKey }[] = [
  { scope: 'global', label: 'shortcuts.scopeGlobal' },
  { scope: 'list', label: 'shortcuts.scopeList' },
  { scope: 'viewer', label: 'shortcuts.scopeViewer' },
  { scope: 'checklist', label: 'shortcuts.scopeChecklist' },
];

export function ShortcutLegend({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal open={open} title={t('shortcuts.title')} onClose={onClose} testId="shortcut-legend">
      {SCOPES.map(({ scope, label }) => (
        <section key={scope} className="legend-section">
          <h3>{t(label)}</h3>
          <dl className="legend-list">
            {SHORTCUTS.filter((s) => s.scope === scope).map((shortcut) => (
              <Fragment key={shortcut.id}>
                <dt>
                  {shortcut.chords.map((chord, i) => (
                    <Fragment key={chord.label}>
                      {i > 0 ? <span className="legend-or">{t('shortcuts.or')}</span> : null}
                      <kbd>{chord.label}</kbd>
                    </Fragment>
                  ))}
                </dt>
                <dd>{t(shortcut.label)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
