/**
 * The app: header with the view tabs, then one view — the review desk (评查台), campaigns
 * (评查活动), the rectification board (整改跟踪), the dashboard (统计分析) or the settings
 * (设置: standards, region profiles, holiday calendar). The desk's case
 * list state lives here so that any view can open a case on the desk; import, search and the
 * shortcut legend belong to the frame.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportSummary, SearchHit } from '../../shared/api/types.ts';
import { CampaignsView } from './features/campaigns/CampaignsView.tsx';
import { useCaseBrowser } from './features/cases/useCaseBrowser.ts';
import { DashboardView } from './features/dashboard/DashboardView.tsx';
import { ReviewDesk } from './features/desk/ReviewDesk.tsx';
import { ImportDialog } from './features/import/ImportDialog.tsx';
import type { OpenCaseRequest } from './features/navigation/openCase.ts';
import { useViewShortcuts } from './features/navigation/useViewShortcuts.ts';
import { useView } from './features/navigation/views.ts';
import { RectificationBoard } from './features/rectifications/RectificationBoard.tsx';
import { ExportDialog } from './features/reports/ExportDialog.tsx';
import { SettingsView } from './features/settings/SettingsView.tsx';
import { ShortcutLegend } from './features/shortcuts/ShortcutLegend.tsx';
import { useShortcut } from './features/shortcuts/shortcutRegistry.ts';
import { useWorkspaceInfo } from './features/workspace/useWorkspaceInfo.ts';
import { Header } from './layout/Header.tsx';

export function App() {
  const browser = useCaseBrowser();
  const [view, setView] = useView();
  const [workspaceKey, setWorkspaceKey] = useState(0);
  const workspace = useWorkspaceInfo(workspaceKey);
  const [importOpen, setImportOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [legendOpen, setLegendOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const { openCase, openCampaignCase, refresh, opened } = browser;
  const openedIndex = opened ? (opened.index ?? browser.cache.indexOfKey(opened.caseId)) : null;
  const openedNumber = openedIndex === null ? null : (browser.cache.rowAt(openedIndex)?.caseNumber ?? null);
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  const openImport = useCallback(() => setImportOpen(true), []);
  const openLegend = useCallback(() => setLegendOpen(true), []);
  useShortcut('focusSearch', focusSearch);
  useShortcut('openImport', openImport);
  useShortcut('legend', openLegend);
  useViewShortcuts(setView);

  const onOpenHit = useCallback(
    (hit: SearchHit) => {
      setView('desk');
      openCase(hit.caseId, { documentId: hit.documentId, pageNo: hit.pageNo, highlight: hit.snippet.hit });
    },
    [openCase, setView],
  );
  /** Any view's "open this case": the desk, scoped to the campaign when there is one. */
  const openOnDesk = useCallback(
    (request: OpenCaseRequest) => {
      if (request.campaignId !== null && request.evaluationId !== null) {
        openCampaignCase(request.campaignId, request.caseId, request.evaluationId);
      } else {
        openCase(request.caseId);
      }
      setView('desk');
    },
    [openCase, openCampaignCase, setView],
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
        view={view}
        onView={setView}
        workspace={workspace.info}
        workspaceError={workspace.error}
        searchRef={searchRef}
        onOpenHit={onOpenHit}
        onImport={openImport}
        onExport={() => setExportOpen(true)}
        onLegend={openLegend}
      />
      {view === 'desk' ? <ReviewDesk browser={browser} workspace={workspace.info} /> : null}
      {view === 'campaigns' ? <CampaignsView workspace={workspace.info} onOpenCase={openOnDesk} /> : null}
      {view === 'rectifications' ? <RectificationBoard onOpenCase={openOnDesk} /> : null}
      {view === 'dashboard' ? <DashboardView onOpenCase={openOnDesk} /> : null}
      {view === 'settings' ? <SettingsView /> : null}
      {importOpen ? <ImportDialog open onClose={() => setImportOpen(false)} onImported={onImported} /> : null}
      {exportOpen ? (
        <ExportDialog
          open
          onClose={() => setExportOpen(false)}
          campaignId={browser.scope.kind === 'campaign' ? browser.scope.campaignId : null}
          caseId={view === 'desk' ? (opened?.caseId ?? null) : null}
          caseNumber={view === 'desk' ? openedNumber : null}
        />
      ) : null}
      <ShortcutLegend open={legendOpen} onClose={() => setLegendOpen(false)} />
    </div>
  );
}
