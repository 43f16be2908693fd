/**
 * The review desk (评查台): cases | document | checklist. The case list's state lives in the
 * app (other views open cases here); the desk wires the open case to the viewer and the
 * checklist, citations from the viewer to the checklist, and J/K through the list.
 */
import { useCallback, useState } from 'react';
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { DeskLayout } from '../../layout/DeskLayout.tsx';
import { CasePane } from '../cases/CasePane.tsx';
import type { CaseBrowser } from '../cases/useCaseBrowser.ts';
import { ChecklistPane } from '../checklist/ChecklistPane.tsx';
import { DocumentPane } from '../document/DocumentPane.tsx';
import { useCaseDetail } from '../document/useCaseDetail.ts';
import type { Citation, DocumentTarget } from '../document/viewerTypes.ts';
import { useShortcut } from '../shortcuts/shortcutRegistry.ts';

interface ReviewDeskProps {
  browser: CaseBrowser;
  workspace: WorkspaceInfo | null;
}

export function ReviewDesk({ browser, workspace }: ReviewDeskProps) {
  const opened = browser.opened;
  const detail = useCaseDetail(opened?.caseId ?? null);
  const [citation, setCitation] = useState<(Citation & { seq: number }) | null>(null);

  const { openRelative, openCase, refresh } = browser;
  const nextCase = useCallback(() => void openRelative(1), [openRelative]);
  const prevCase = useCallback(() => void openRelative(-1), [openRelative]);
  useShortcut('nextCase', nextCase);
  useShortcut('prevCase', prevCase);

  const onCite = useCallback((cited: Citation) => setCitation((c) => ({ ...cited, seq: (c?.seq ?? 0) + 1 })), []);
  const openedCaseId = opened?.caseId ?? null;
  const showDocument = useCallback(
    (target: DocumentTarget) => {
      if (openedCaseId !== null) openCase(openedCaseId, target);
    },
    [openCase, openedCaseId],
  );

  return (
    <DeskLayout
      cases={<CasePane browser={browser} workspace={workspace} />}
      document={
        <DocumentPane
          caseDetail={detail.detail}
          loading={detail.loading}
          error={detail.error}
          target={opened?.target ?? null}
          onCite={onCite}
        />
      }
      checklist={
        <ChecklistPane
          caseDetail={detail.detail}
          evaluationId={opened?.evaluationId ?? null}
          citation={citation}
          onNext={nextCase}
          onShowDocument={showDocument}
          onSaved={refresh}
        />
      }
    />
  );
}
