/** What is about to be imported: file count, size and the top-level bundle names. */
import { useI18n } from '../../i18n/i18nContext.ts';
import type { UploadFile } from '../../api/upload.ts';
import { topLevelNames } from './collectFiles.ts';
import { formatSize } from './formatSize.ts';

const SHOWN_NAMES = 6;

export function SelectionSummary({
  files,
  ignored,
  disabled,
  onClear,
}: {
  files: readonly UploadFile[];
  ignored: readonly string[];
  disabled: boolean;
  onClear(): void;
}) {
  const { t, formatNumber } = useI18n();
  if (files.length === 0 && ignored.length === 0) return null;
  const names = topLevelNames(files);
  const bytes = files.reduce((n, f) => n + f.file.size, 0);
  const shown = names.slice(0, SHOWN_NAMES).join('、') + (names.length > SHOWN_NAMES ? '…' : '');
  return (
    <div className="selection-summary" data-testid="import-selection" data-files={files.length}>
      {files.length > 0 ? (
        <div className="selection-line">
          <span>
            {t('import.selected', { files: formatNumber(files.length), size: formatSize(bytes, t, formatNumber) })}
          </span>
          <button type="button" className="link-button" disabled={disabled} onClick={onClear}>
            {t('import.clearSelection')}
          </button>
        </div>
      ) : null}
      {names.length > 0 ? (
        <div className="selection-names" title={names.join('\n')}>
          {t('import.selectedBundles', { count: formatNumber(names.length), names: shown })}
        </div>
      ) : null}
      {ignored.map((name) => (
        <div key={name} className="selection-ignored">
          {t('import.unsupportedItem', { name })}
        </div>
      ))}
    </div>
  );
}
