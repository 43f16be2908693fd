/** What to do when an imported case number already exists with different content. */
import type { MessageKey } from '../../../../shared/i18n/index.ts';
import type { ConflictPolicy } from '../../api/bridge.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

const POLICIES: readonly { value: ConflictPolicy; label: MessageKey; hint: MessageKey }[] = [
  { value: 'skip', label: 'import.conflictSkip', hint: 'import.conflictSkipHint' },
  { value: 'replace', label: 'import.conflictReplace', hint: 'import.conflictReplaceHint' },
  { value: 'version', label: 'import.conflictVersion', hint: 'import.conflictVersionHint' },
];

export function ConflictChoice({
  value,
  disabled,
  onChange,
}: {
  value: ConflictPolicy;
  disabled: boolean;
  onChange(value: ConflictPolicy): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="conflict-choice" disabled={disabled} data-testid="import-conflict">
      <legend>{t('import.conflict')}</legend>
      {POLICIES.map((policy) => (
        <label key={policy.value} className="conflict-option" title={t(policy.hint)}>
          <input
            type="radio"
            name="import-conflict"
            value={policy.value}
            checked={value === policy.value}
            data-testid={`import-conflict-${policy.value}`}
            onChange={() => onChange(policy.value)}
          />
          <span>{t(policy.label)}</span>
          <span className="conflict-hint">{t(policy.hint)}</span>
        </label>
      ))}
    </fieldset>
  );
}
