/**
 * Where bundles are dropped, with pickers for a folder (webkitdirectory) and for .zip files.
 * Reports what it collected; the dialog decides when to import.
 */
import { useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/i18nContext.ts';
import { collectEntries, collectInputFiles, entriesFromDrop, type Collected } from './collectFiles.ts';

interface DropZoneProps {
  disabled: boolean;
  onCollected(collected: Collected): void;
  onReading(reading: boolean): void;
}

export function DropZone({ disabled, onCollected, onReading }: DropZoneProps) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const { entries, files } = entriesFromDrop(event.dataTransfer);
    onReading(true);
    void collectEntries(entries, files)
      .then(onCollected)
      .finally(() => onReading(false));
  };

  return (
    <div
      className={over ? 'drop-zone is-over' : 'drop-zone'}
      data-testid="import-dropzone"
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-zone-text">{over ? t('import.dropActive') : t('import.dropHere')}</p>
      <p className="drop-zone-or">{t('import.or')}</p>
      <div className="drop-zone-pickers">
        <label className={disabled ? 'button is-disabled' : 'button'}>
          {t('import.pickFolder')}
          <input
            type="file"
            className="visually-hidden"
            multiple
            disabled={disabled}
            data-testid="import-folder-input"
            ref={(input) => {
              // Not in React's attribute types; set on the element so the picker selects folders.
              if (input) input.webkitdirectory = true;
            }}
            onChange={(event) => {
              onCollected(collectInputFiles(event.target.files));
              event.target.value = '';
            }}
          />
        </label>
        <label className={disabled ? 'button is-disabled' : 'button'}>
          {t('import.pickZip')}
          <input
            type="file"
            className="visually-hidden"
            accept=".zip,application/zip"
            multiple
            disabled={disabled}
            data-testid="import-zip-input"
            onChange={(event) => {
              onCollected(collectInputFiles(event.target.files));
              event.target.value = '';
            }}
          />
        </label>
      </div>
    </div>
  );
}
