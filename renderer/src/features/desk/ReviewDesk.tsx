/**
 * The review desk (评查台): cases | document | checklist. The case list's state lives in the
 * app (other views open cases here); the desk wires the open case to the viewer and the
 * checklist, citations from the viewer to the checklist, and J/K through the list.
 */
import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { DeskLayout } from '../../layout/DeskLayout.tsx';
import { CasePane } from '../cases/CasePane.tsx';
import type { CaseBrowser } from '../cases/useCaseBrowser.ts';
import { ChecklistPane } from '../checklist/ChecklistPane.tsx';
import { DocumentPane } from '../document/DocumentPane.tsx';
import { useCaseDetail } from '../document/useCaseDetail.ts';
import type { Citation, DocumentTarget } from '../document/viewerTypes.ts';
import { useShortcut } from '../shortcuts/shortcutRegistry.ts';

/** The longest the checklist waits for the case's first page. */
const CHECKLIST_WAIT_MS = 400;

interface ReviewDeskProps {
  browser: CaseBrowser;
  workspace: WorkspaceInfo | null;
}

export function ReviewDesk({ browser, workspace }: ReviewDeskProps) {
  const opened = browser.opened;
  const detail = useCaseDetail(opened?.caseId ?? null);
  // The checklist is drawn once the case's first page is on screen (or after a moment at most):
  // drawn together, its dozens of items would be laid out and painted before the page.
  const shownCaseId = detail.detail?.id ?? null;
  const [pageShownFor, setPageShownFor] = useState<number | null>(null);
  useEffect(() => {
    if (shownCaseId === null) return undefined;
    const timer = setTimeout(() => setPageShownFor(shownCaseId), CHECKLIST_WAIT_MS);
    return () => clearTimeout(timer);
  }, [shownCaseId]);
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
          onPageShown={setPageShownFor}
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
          waitForDocument={shownCaseId !== null && pageShownFor !== shownCaseId}
        />
      }
    />
  );
}
