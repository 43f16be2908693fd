/**
 * The review desk: header, then cases | document | checklist. App wires the pieces together —
 * the open case, search hits, citations from the viewer to the checklist, import, shortcuts —
 * and leaves each job to its feature folder.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportSummary, SearchHit } from '../../shared/api/types.ts';
import { CasePane } from './features/cases/CasePane.tsx';
import { useCaseBrowser } from './features/cases/useCaseBrowser.ts';
import { ChecklistPane } from './features/checklist/ChecklistPane.tsx';
import { DocumentPane } from './features/document/DocumentPane.tsx';
import { useCaseDetail } from './features/document/useCaseDetail.ts';
import type { Citation, DocumentTarget } from './features/document/viewerTypes.ts';
import { ImportDialog } from './features/import/ImportDialog.tsx';
import { ShortcutLegend } from './features/shortcuts/ShortcutLegend.tsx';
import { useShortcut } from './features/shortcuts/shortcutRegistry.ts';
import { useWorkspaceInfo } from './features/workspace/useWorkspaceInfo.ts';
import { DeskLayout } from './layout/DeskLayout.tsx';
import { Header } from './layout/Header.tsx';

export function App() {
  const browser = useCaseBrowser();
  const [workspaceKey, setWorkspaceKey] = useState(0);
  const workspace = useWorkspaceInfo(workspaceKey);
  const opened = browser.opened;
  const detail = useCaseDetail(opened?.caseId ?? null);
  const [importOpen, setImportOpen] = useState(false);
  const [legendOpen, setLegendOpen] = useState(false);
  const [citation, setCitation] = useState<(Citation & { seq: number }) | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const { openRelative, openCase, refresh } = browser;
  const nextCase = useCallback(() => void openRelative(1), [openRelative]);
  const prevCase = useCallback(() => void openRelative(-1), [openRelative]);
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  const openImport = useCallback(() => setImportOpen(true), []);
  const openLegend = useCallback(() => setLegendOpen(true), []);
  useShortcut('nextCase', nextCase);
  useShortcut('prevCase', prevCase);
  useShortcut('focusSearch', focusSearch);
  useShortcut('openImport', openImport);
  useShortcut('legend', openLegend);

  const onOpenHit = useCallback(
    (hit: SearchHit) =>
      openCase(hit.caseId, { documentId: hit.documentId, pageNo: hit.pageNo, highlight: hit.snippet.hit }),
    [openCase],
  );
  const onCite = useCallback((cited: Citation) => setCitation((c) => ({ ...cited, seq: (c?.seq ?? 0) + 1 })), []);
  const openedCaseId = opened?.caseId ?? null;
  const showDocument = useCallback(
    (target: DocumentTarget) => {
      if (openedCaseId !== null) openCase(openedCaseId, target);
    },
    [openCase, openedCaseId],
  );
  const onImported = useCallback(
    (summary: ImportSummary) => {
      if (summary.imported.length > 0) refresh();
      setWorkspaceKey((k) => k + 1);
    },
    [refresh],
  );

  return (
    <div className="app">
      <Header
        workspace={workspace.info}
        workspaceError={workspace.error}
        searchRef={searchRef}
        onOpenHit={onOpenHit}
        onImport={openImport}
        onLegend={openLegend}
      />
      <DeskLayout
        cases={<CasePane browser={browser} workspace={workspace.info} />}
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
            citation={citation}
            onNext={nextCase}
            onShowDocument={showDocument}
            onSaved={refresh}
          />
        }
      />
      {importOpen ? <ImportDialog open onClose={() => setImportOpen(false)} onImported={onImported} /> : null}
      <ShortcutLegend open={legendOpen} onClose={() => setLegendOpen(false)} />
    </div>
  );
}
