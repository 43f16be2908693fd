/**
 * What a valid file would add: a new standard, a new version beside the ones stored, nothing
 * (the same content is there), or a refused clash (the same version with other content —
 * versions are never overwritten, since evaluations pin them).
 */
import type { TemplateValidation } from '../../../../../shared/api/evaluationTypes.ts';
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { applicabilityText } from './templateText.ts';

type Valid = Extract<TemplateValidation, { ok: true }>;

export function ImportPreview({ validation, fileName }: { validation: Valid; fileName: string }) {
  const { t, formatNumber } = useI18n();
  const { preview, outcome, existingVersions, latest } = validation;
  const refused = outcome === 'version_conflict';
  const existing = existingVersions.join(t('settings.listSeparator'));
  return (
    <div className="cfg-import-preview" data-testid="template-import-preview" data-outcome={outcome}>
      <p className={refused ? 'inline-error' : 'cfg-notice'} role={refused ? 'alert' : undefined}>
        {t(`settings.standards.outcome.${outcome}`, {
          name: fileName,
          id: preview.templateId,
          version: preview.version,
          existing,
        })}
      </p>
      {outcome === 'new_version' && !latest ? (
        <p className="cfg-muted">{t('settings.standards.notLatest', { highest: existingVersions[0] ?? '' })}</p>
      ) : null}
      <dl className="cfg-facts">
        {[
          [t('settings.standards.name'), preview.name],
          [t('settings.standards.id'), preview.templateId],
          [t('settings.standards.versionTitle'), preview.version],
          [t('settings.standards.applicability'), applicabilityText(t, preview.caseTypes, preview.procedures)],
          [
            t('settings.standards.scoring'),
            t('settings.standards.counts', {
              points: formatPoints(preview.totalPoints),
              items: formatNumber(preview.itemCount),
              vetoes: formatNumber(preview.vetoCount),
            }),
          ],
          [t('settings.standards.hashTitle'), preview.contentHash.slice(0, 12)],
        ].map(([label, value]) => (
          <div key={label} className="cfg-fact">
            <dt>{label}</dt>
            <dd title={value}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
