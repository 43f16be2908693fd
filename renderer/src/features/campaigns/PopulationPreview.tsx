/**
 * The population and draw sizes of settings not yet saved (or of a draft campaign), by unit and
 * by procedure, from `campaigns:preview`: what a draw would freeze, seen before drawing.
 */
import type { CampaignPreview } from '../../../../shared/api/campaignTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import type { ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { procedureLabel } from '../cases/enumLabels.ts';

interface PopulationPreviewProps {
  preview: CampaignPreview | null;
  error: ApiError | null;
  loading: boolean;
}

export function PopulationPreview({ preview, error, loading }: PopulationPreviewProps) {
  const { t, lang, formatNumber } = useI18n();
  if (error) {
    return (
      <p className="inline-error" role="alert">
        {t('campaigns.previewError', { message: errorText(error.data, lang) })}
      </p>
    );
  }
  if (!preview) return <p className="form-hint">{loading ? t('app.loading') : t('campaigns.previewNone')}</p>;
  return (
    <div className="population-preview" data-testid="population-preview" aria-busy={loading}>
      <p className="preview-headline">
        <span data-testid="preview-population" data-value={preview.populationSize}>
          {t('campaigns.previewPopulation', { n: formatNumber(preview.populationSize) })}
        </span>
        <span data-testid="preview-drawn" data-value={preview.drawnCount}>
          {t('campaigns.previewDrawn', { n: formatNumber(preview.drawnCount) })}
        </span>
        {preview.undated > 0 ? (
          <span className="preview-warning">{t('campaigns.previewUndated', { n: formatNumber(preview.undated) })}</span>
        ) : null}
      </p>
      <p className="form-hint">{preview.ruleDescription}</p>
      <div className="preview-tables">
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('campaigns.unit')}</th>
              <th className="num">{t('campaigns.population')}</th>
              <th className="num">{t('campaigns.drawn')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.byUnit.map((row) => (
              <tr key={row.value ?? ''}>
                <td>{row.value ?? t('campaigns.noUnit')}</td>
                <td className="num">{formatNumber(row.population)}</td>
                <td className="num">{formatNumber(row.drawn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('campaigns.procedure')}</th>
              <th className="num">{t('campaigns.population')}</th>
              <th className="num">{t('campaigns.drawn')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.byProcedure.map((row) => (
              <tr key={row.value ?? ''}>
                <td>{row.value ? procedureLabel(row.value, t) : t('campaigns.noProcedure')}</td>
                <td className="num">{formatNumber(row.population)}</td>
                <td className="num">{formatNumber(row.drawn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
