/**
 * One scored or bonus item as the standard states it: points and how it is checked, the
 * deduction (or award) options, the law, the reviewer's guidance, standard finding wordings,
 * the rectification suggestion and the automatic checks.
 */
import type { ReactNode } from 'react';
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import { formatLawRefs } from '../../../../../shared/templates/law.ts';
import type { BonusItem, TemplateItem } from '../../../../../shared/templates/shape.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { AutoChecks } from './AutoChecks.tsx';
import { appliesToText, optionRuleText } from './templateText.ts';

type ItemBlockProps = { item: TemplateItem; award?: false } | { item: BonusItem; award: true };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function ItemBlock(props: ItemBlockProps) {
  const { t } = useI18n();
  const { item } = props;
  const award = props.award === true;
  const options = props.award ? props.item.awards : props.item.deductions;
  const check = props.award ? null : props.item.check;
  const auto = props.award ? [] : props.item.auto;
  const applies = appliesToText(t, item.appliesTo);
  return (
    <div className="cfg-item" data-testid="template-item" data-item={item.id}>
      <div className="cfg-item-head">
        <code className="cfg-item-id">{item.id}</code>
        <span className="cfg-item-name">{item.name}</span>
        <span className="cfg-points">{t('checklist.points', { points: formatPoints(item.points) })}</span>
        {check ? <span className={`cfg-tag cfg-check-${check}`}>{t(`settings.standards.check.${check}`)}</span> : null}
        {applies ? <span className="cfg-tag">{applies}</span> : null}
      </div>
      {item.description ? <p className="cfg-item-desc">{item.description}</p> : null}
      <dl className="cfg-fields">
        <Field label={t(award ? 'settings.standards.awards' : 'settings.standards.deductions')}>
          <ul className="cfg-plain-list">
            {options.map((o) => (
              <li key={o.id}>
                {o.label}
                <span className="cfg-rule">{optionRuleText(t, o, item.points, award)}</span>
                <code className="cfg-id">{o.id}</code>
              </li>
            ))}
          </ul>
        </Field>
        {item.law.length > 0 ? <Field label={t('checklist.law')}>{formatLawRefs(item.law)}</Field> : null}
        {item.guidance ? <Field label={t('checklist.guidance')}>{item.guidance}</Field> : null}
        {item.findings.length > 0 ? (
          <Field label={t('settings.standards.findings')}>
            <ul className="cfg-plain-list">
              {item.findings.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </Field>
        ) : null}
        {item.rectification ? <Field label={t('settings.standards.rectification')}>{item.rectification}</Field> : null}
        {auto.length > 0 ? (
          <Field label={t('settings.standards.auto')}>
            <AutoChecks checks={auto} options={options} />
          </Field>
        ) : null}
      </dl>
    </div>
  );
}
