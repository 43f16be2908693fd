/**
 * The import dialog: choose bundles (drop, folder or .zip picker — or the native dialog in
 * Electron), choose the conflict policy, import with progress, read the result.
 */
import { useState } from 'react';
import type { ImportSummary } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { getBridge, type ConflictPolicy } from '../../api/bridge.ts';
import type { UploadFile } from '../../api/upload.ts';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import { ConflictChoice } from './ConflictChoice.tsx';
import { DropZone } from './DropZone.tsx';
import { ImportProgressView } from './ImportProgressView.tsx';
import { ImportResultView } from './ImportResultView.tsx';
import { SelectionSummary } from './SelectionSummary.tsx';
import { mergeSelections, type Collected } from './collectFiles.ts';
import { useImportRun } from './useImportRun.ts';
import './import.css';

interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  onImported(summary: ImportSummary): void;
}

export function ImportDialog({ open, onClose, onImported }: ImportDialogProps) {
  const { t, lang } = useI18n();
  const run = useImportRun(onImported);
  const [selection, setSelection] = useState<UploadFile[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const [policy, setPolicy] = useState<ConflictPolicy>('skip');

  const bridge = getBridge();
  const nativePicker = Boolean(bridge?.pickAndImport);
  // Dropping works over HTTP, or in Electron when the preload can stage dropped files.
  const canDrop = !bridge || Boolean(bridge.stageFiles);
  const { phase, busy } = run;
  const finished = phase.kind === 'done' || phase.kind === 'error';

  const onCollected = (collected: Collected) => {
    setSelection((current) => mergeSelections(current, collected.files));
    setIgnored(collected.ignored);
    if (finished) run.reset();
  };
  const start = () => {
    const files = selection;
    setSelection([]);
    setIgnored([]);
    void run.importFiles(files, policy);
  };
  const again = () => {
    run.reset();
    setSelection([]);
    setIgnored([]);
  };

  return (
    <Modal open={open} title={t('import.title')} onClose={onClose} testId="import-dialog" wide busy={busy}>
      {phase.kind === 'done' ? (
        <ImportResultView summary={phase.summary} />
      ) : (
        <>
          {canDrop ? <DropZone disabled={busy || reading} onCollected={onCollected} onReading={setReading} /> : null}
          {nativePicker ? (
            <div className="native-pickers">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void run.pickAndImport('folder', policy)}
              >
                {t('import.pickFolder')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void run.pickAndImport('zip', policy)}
              >
                {t('import.pickZip')}
              </button>
            </div>
          ) : null}
          <SelectionSummary files={selection} ignored={ignored} disabled={busy} onClear={() => setSelection([])} />
          <ConflictChoice value={policy} disabled={busy} onChange={setPolicy} />
        </>
      )}
      <ImportProgressView phase={phase} reading={reading} />
      {phase.kind === 'error' ? (
        <div className="inline-error" role="alert" data-testid="import-error">
          {t('import.error', { message: errorText(phase.error.data, lang) })}
        </div>
      ) : null}
      <footer className="modal-footer">
        {phase.kind === 'uploading' ? (
          <button type="button" className="button" onClick={run.cancel}>
            {t('app.cancel')}
          </button>
        ) : null}
        {phase.kind === 'done' ? (
          <button type="button" className="button" data-testid="import-again" onClick={again}>
            {t('import.again')}
          </button>
        ) : null}
        {phase.kind === 'done' ? (
          <button type="button" className="button button-primary" data-testid="import-close" onClick={onClose}>
            {t('app.close')}
          </button>
        ) : canDrop ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy || reading || selection.length === 0}
            title={selection.length === 0 ? t('import.nothingSelected') : undefined}
            data-testid="import-start"
            onClick={start}
          >
            {t('import.start')}
          </button>
        ) : null}
      </footer>
    </Modal>
  );
}
