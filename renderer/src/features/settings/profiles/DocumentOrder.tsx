/** The expected order of document types in a case file, numbered, with its provenance. */
import { documentTypeLabel } from '../../../../../shared/i18n/labels.ts';
import type { Profile } from '../../../../../shared/profiles/schema.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { AssumedBadge } from './AssumedBadge.tsx';

export function DocumentOrder({ order }: { order: Profile['documentOrder'] }) {
  const { t, lang } = useI18n();
  return (
    <details className="cfg-details">
      <summary>
        {t('settings.profiles.documentOrderSummary', { count: order.value.length })}{' '}
        <AssumedBadge assumed={order.assumed} />
      </summary>
      <ol className="cfg-order">
        {order.value.map((type) => (
          <li key={type}>{documentTypeLabel(type, lang)}</li>
        ))}
      </ol>
      {order.note ? <p className="cfg-note">{order.note}</p> : null}
    </details>
  );
}
