/** Loads the chosen profile and shows it, or its edit form. */
import { useState } from 'react';
import type { ProfileSummary } from '../../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useLoad } from '../../../data/useLoad.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { ProfileDetail } from './ProfileDetail.tsx';
import { ProfileForm } from './ProfileForm.tsx';

interface ProfilePaneProps {
  summary: ProfileSummary;
  takenIds: readonly string[];
  /** A profile was saved (selected next) or activated. */
  onChanged(selectId: string): void;
}

export function ProfilePane({ summary, takenIds, onChanged }: ProfilePaneProps) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const { id } = summary;
  // The hash and the active flag in the key: a save or an activation shows the stored state.
  const detail = useLoad(`${id}:${summary.contentHash}:${summary.active}`, (signal) =>
    call('profiles:get', { id }, { signal }),
  );
  if (detail.error) {
    return <LoadError text={errorText(detail.error.data, lang)} onRetry={detail.reload} />;
  }
  if (!detail.data) return <p className="list-empty">{t('app.loading')}</p>;
  if (editing) {
    return (
      <ProfileForm
        detail={detail.data}
        takenIds={takenIds}
        onCancel={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          onChanged(saved.id);
        }}
      />
    );
  }
  return <ProfileDetail detail={detail.data} onEdit={() => setEditing(true)} onActivated={() => onChanged(id)} />;
}
