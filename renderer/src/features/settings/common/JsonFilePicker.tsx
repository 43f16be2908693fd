/**
 * Where one JSON file is dropped or picked; hands over its name and text. The API takes JSON
 * text (no upload), so the file is read here.
 */
import { useState, type DragEvent } from 'react';
import { useI18n } from '../../../i18n/i18nContext.ts';

export interface PickedJson {
  name: string;
  text: string;
}

/** The API refuses more than 2,000,000 characters of JSON; say so before sending. */
const MAX_BYTES = 2_000_000;

interface JsonFilePickerProps {
  disabled: boolean;
  testId: string;
  onPicked(file: PickedJson): void;
  onError(message: string): void;
}

export function JsonFilePicker({ disabled, testId, onPicked, onError }: JsonFilePickerProps) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);

  const read = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      onError(t('settings.file.tooLarge', { name: file.name }));
      return;
    }
    file.text().then(
      (text) => onPicked({ name: file.name, text }),
      () => onError(t('settings.file.unreadable', { name: file.name })),
    );
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  return (
    <div
      className={over ? 'cfg-drop is-over' : 'cfg-drop'}
      data-testid={`${testId}-drop`}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (!disabled) read(event.dataTransfer.files[0]);
      }}
    >
      <span>{over ? t('settings.file.dropActive') : t('settings.file.dropHere')}</span>
      <label className={disabled ? 'button is-disabled' : 'button'}>
        {t('settings.file.pick')}
        <input
          type="file"
          className="visually-hidden"
          accept=".json,application/json"
          disabled={disabled}
          data-autofocus
          data-testid={`${testId}-input`}
          onChange={(event) => {
            read(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
