/**
 * Three panes side by side — cases | document | checklist — with draggable, keyboard-operable
 * splitters. The centre takes what the side panes leave.
 */
import type { CSSProperties, ReactNode } from 'react';
import { useI18n } from '../i18n/i18nContext.ts';
import { VIEWER_SCOPE_ATTR, VIEWER_SCOPE_VALUE } from '../shortcuts.ts';
import { ResizeHandle } from './ResizeHandle.tsx';
import { usePaneWidths } from './paneWidths.ts';

interface DeskLayoutProps {
  cases: ReactNode;
  document: ReactNode;
  checklist: ReactNode;
}

export function DeskLayout({ cases, document, checklist }: DeskLayoutProps) {
  const { t } = useI18n();
  const [widths, setWidth] = usePaneWidths();
  const style = { '--pane-left': `${widths.left}px`, '--pane-right': `${widths.right}px` } as CSSProperties;
  return (
    <main className="desk" style={style}>
      <section id="pane-cases" className="pane pane-cases" aria-label={t('panes.cases')} data-testid="pane-cases">
        {cases}
      </section>
      <ResizeHandle
        side="left"
        width={widths.left}
        onResize={(w) => setWidth('left', w)}
        label={t('panes.resizeCases')}
        controls="pane-cases"
        testId="resize-cases"
      />
      <section
        id="pane-document"
        className="pane pane-document"
        aria-label={t('panes.document')}
        data-testid="pane-document"
        {...{ [VIEWER_SCOPE_ATTR]: VIEWER_SCOPE_VALUE }}
      >
        {document}
      </section>
      <ResizeHandle
        side="right"
        width={widths.right}
        onResize={(w) => setWidth('right', w)}
        label={t('panes.resizeChecklist')}
        controls="pane-checklist"
        testId="resize-checklist"
      />
      <section
        id="pane-checklist"
        className="pane pane-checklist"
        aria-label={t('panes.checklist')}
        data-testid="pane-checklist"
      >
        {checklist}
      </section>
    </main>
  );
}
