/** The standard at a glance: what it applies to, its points, who issued it, where it came from, who uses it. */
import type { TemplateSummary } from '../../../../../shared/api/evaluationTypes.ts';
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import type { Template } from '../../../../../shared/templates/shape.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { applicabilityText, caseKindText } from './templateText.ts';

export function TemplateFacts({ summary, template }: { summary: TemplateSummary; template: Template }) {
  const { t, formatNumber } = useI18n();
  const facts: [string, string][] = [
    [t('settings.standards.applicability'), applicabilityText(t, summary.caseTypes, summary.procedures)],
    [
      t('settings.standards.scoring'),
      t('settings.standards.counts', {
        points: formatPoints(summary.totalPoints),
        items: formatNumber(summary.itemCount),
        vetoes: formatNumber(summary.vetoCount),
      }),
    ],
    [t('settings.standards.notApplicableTitle'), t(`settings.standards.notApplicable.${template.notApplicable}`)],
    [
      t('settings.standards.defaultTitle'),
      summary.defaultFor.length > 0
        ? summary.defaultFor.map((k) => caseKindText(t, k)).join(t('settings.listSeparator'))
        : t('settings.standards.notDefault'),
    ],
    [
      t('settings.standards.pinnedTitle'),
      t('settings.standards.pinned', { count: formatNumber(summary.evaluationCount) }),
    ],
    [
      t('settings.standards.sourceTitle'),
      t('settings.standards.sourceValue', {
        source: t(`settings.source.${summary.source}`),
        at: summary.importedAt.slice(0, 16).replace('T', ' '),
      }),
    ],
  ];
  if (template.issuer) facts.push([t('settings.standards.issuer'), template.issuer]);
  return (
    <>
      <dl className="cfg-facts" data-testid="template-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="cfg-fact">
            <dt>{label}</dt>
            <dd title={value}>{value}</dd>
          </div>
        ))}
      </dl>
      {template.basis ? (
        <p className="cfg-muted">
          {t('settings.standards.basis')}
          {template.basis}
        </p>
      ) : null}
      {template.description ? <p className="cfg-description">{template.description}</p> : null}
    </>
  );
}
