/** 一票否决: each veto with what it does to the score, its law, how it is checked and where it applies. */
import { formatLawRefs } from '../../../../../shared/templates/law.ts';
import type { VetoItem } from '../../../../../shared/templates/shape.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { AutoChecks } from './AutoChecks.tsx';
import { appliesToText, vetoEffectText } from './templateText.ts';

export function VetoTable({ vetoes }: { vetoes: readonly VetoItem[] }) {
  const { t } = useI18n();
  if (vetoes.length === 0) return <p className="cfg-muted">{t('settings.standards.noVetoes')}</p>;
  return (
    <table className="data-table cfg-table" data-testid="template-vetoes">
      <thead>
        <tr>
          <th scope="col">{t('settings.standards.id')}</th>
          <th scope="col">{t('settings.standards.veto')}</th>
          <th scope="col">{t('settings.standards.effectTitle')}</th>
          <th scope="col">{t('checklist.law')}</th>
          <th scope="col">{t('settings.standards.checkTitle')}</th>
        </tr>
      </thead>
      <tbody>
        {vetoes.map((veto) => {
          const applies = appliesToText(t, veto.appliesTo);
          return (
            <tr key={veto.id} data-testid="template-veto" data-veto={veto.id}>
              <td>
                <code>{veto.id}</code>
              </td>
              <td className="wrap">
                <div className="cfg-strong">{veto.name}</div>
                {veto.description ? <div className="cfg-muted">{veto.description}</div> : null}
                {applies ? <span className="cfg-tag">{applies}</span> : null}
              </td>
              <td className="wrap cfg-effect">{vetoEffectText(t, veto.effect)}</td>
              <td className="wrap">{veto.law.length > 0 ? formatLawRefs(veto.law) : '—'}</td>
              <td className="wrap">
                <span className={`cfg-tag cfg-check-${veto.check}`}>{t(`settings.standards.check.${veto.check}`)}</span>
                {veto.auto.length > 0 ? <AutoChecks checks={veto.auto} options={[]} /> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
