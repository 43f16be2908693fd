/** 评查标准: the stored standards on the left, the chosen version read-only on the right; import on top. */
import { useCallback, useState } from 'react';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useLoad } from '../../../data/useLoad.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { readSetting, writeSetting } from '../../../settings.ts';
import { ImportTemplateDialog } from './ImportTemplateDialog.tsx';
import { TemplateList } from './TemplateList.tsx';
import { versionKey } from './templateKey.ts';
import { TemplateViewer } from './TemplateViewer.tsx';

const SELECTED = 'settings.template';

export function StandardsPanel() {
  const { t, lang } = useI18n();
  const list = useLoad('templates', (signal) => call('templates:list', {}, { signal }));
  const [selected, setSelected] = useState<string | null>(() => readSetting<string | null>(SELECTED, null));
  const [importing, setImporting] = useState(false);
  const select = useCallback((key: string) => {
    setSelected(key);
    writeSetting(SELECTED, key);
  }, []);
  const rows = list.data ?? [];
  const current = rows.find((x) => versionKey(x) === selected) ?? rows[0] ?? null;

  return (
    <div className="cfg-split">
      <aside className="list-sidebar">
        <div className="list-sidebar-head">
          <h2>{t('settings.standards.listTitle')}</h2>
          <button
            type="button"
            className="button button-primary"
            data-testid="template-import-open"
            onClick={() => setImporting(true)}
          >
            {t('settings.standards.import')}
          </button>
        </div>
        {list.error ? <LoadError text={errorText(list.error.data, lang)} onRetry={list.reload} /> : null}
        {rows.length > 0 ? (
          <TemplateList templates={rows} selectedKey={current ? versionKey(current) : null} onSelect={select} />
        ) : (
          <p className="list-empty">{list.loading ? t('app.loading') : t('settings.standards.none')}</p>
        )}
      </aside>
      <section className="cfg-main">
        {current ? <TemplateViewer key={versionKey(current)} summary={current} /> : null}
      </section>
      {importing ? (
        <ImportTemplateDialog
          onClose={() => setImporting(false)}
          onImported={(summary) => {
            select(versionKey(summary));
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}
