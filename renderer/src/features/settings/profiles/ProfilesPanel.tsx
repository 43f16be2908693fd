/** 地区参数: the profiles on the left (the active one first marked), the chosen one on the right; import on top. */
import { useCallback, useState } from 'react';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useLoad } from '../../../data/useLoad.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { readSetting, writeSetting } from '../../../settings.ts';
import { ImportProfileDialog } from './ImportProfileDialog.tsx';
import { ProfileList } from './ProfileList.tsx';
import { ProfilePane } from './ProfilePane.tsx';

const SELECTED = 'settings.profile';

export function ProfilesPanel({ onChanged }: { onChanged(): void }) {
  const { t, lang } = useI18n();
  const list = useLoad('profiles', (signal) => call('profiles:list', {}, { signal }));
  const [selected, setSelected] = useState<string | null>(() => readSetting<string | null>(SELECTED, null));
  const [importing, setImporting] = useState(false);
  const select = useCallback((id: string) => {
    setSelected(id);
    writeSetting(SELECTED, id);
  }, []);
  const changed = (id: string) => {
    select(id);
    list.reload();
    onChanged();
  };
  const rows = list.data ?? [];
  const current = rows.find((p) => p.id === selected) ?? rows.find((p) => p.active) ?? rows[0] ?? null;
  const ids = rows.map((p) => p.id);

  return (
    <div className="cfg-split">
      <aside className="list-sidebar">
        <div className="list-sidebar-head">
          <h2>{t('settings.profiles.listTitle')}</h2>
          <button type="button" className="button" data-testid="profile-import-open" onClick={() => setImporting(true)}>
            {t('settings.profiles.import')}
          </button>
        </div>
        {list.error ? <LoadError text={errorText(list.error.data, lang)} onRetry={list.reload} /> : null}
        {rows.length > 0 ? (
          <ProfileList profiles={rows} selectedId={current?.id ?? null} onSelect={select} />
        ) : (
          <p className="list-empty">{list.loading ? t('app.loading') : t('settings.profiles.none')}</p>
        )}
      </aside>
      <section className="cfg-main">
        {current ? <ProfilePane key={current.id} summary={current} takenIds={ids} onChanged={changed} /> : null}
      </section>
      {importing ? (
        <ImportProfileDialog
          profiles={rows}
          onClose={() => setImporting(false)}
          onImported={(summary) => {
            setImporting(false);
            changed(summary.id);
          }}
        />
      ) : null}
    </div>
  );
}
