/** The grade tiers from the highest: name, lowest total, conditions; and the grade a fail veto gives. */
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import type { Template } from '../../../../../shared/templates/shape.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';

export function GradeTable({ grades }: { grades: Template['grades'] }) {
  const { t } = useI18n();
  const failing = grades.tiers.find((tier) => tier.id === grades.failing) ?? grades.tiers[grades.tiers.length - 1];
  return (
    <>
      <table className="data-table cfg-table cfg-table-narrow" data-testid="template-grades">
        <thead>
          <tr>
            <th scope="col">{t('settings.standards.grade')}</th>
            <th scope="col" className="num">
              {t('settings.standards.gradeMin')}
            </th>
            <th scope="col">{t('settings.standards.gradeConditions')}</th>
          </tr>
        </thead>
        <tbody>
          {grades.tiers.map((tier) => (
            <tr key={tier.id}>
              <td>
                {tier.name} <code className="cfg-id">{tier.id}</code>
              </td>
              <td className="num">{t('settings.standards.atLeast', { points: formatPoints(tier.min) })}</td>
              <td className="wrap">
                {tier.conditions.length > 0
                  ? tier.conditions.map((c) => t(`settings.standards.condition.${c}`)).join(t('settings.listSeparator'))
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {failing ? <p className="cfg-muted">{t('settings.standards.failingGrade', { grade: failing.name })}</p> : null}
    </>
  );
}
