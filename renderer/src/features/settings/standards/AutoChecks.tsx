/** The automatic checks an item or veto rests on: the rule, the documents it looks for, the option it suggests. */
import type { AutoCheck, DeductionOption } from '../../../../../shared/templates/shape.ts';
import { documentTypeLabel } from '../../../../../shared/i18n/labels.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';

interface AutoChecksProps {
  checks: readonly Pick<AutoCheck, 'rule' | 'params' | 'deduction'>[];
  options: readonly DeductionOption[];
}

function documentTypesOf(params: Record<string, unknown> | undefined): string[] {
  const types = params?.documentTypes;
  return Array.isArray(types) ? types.filter((x): x is string => typeof x === 'string') : [];
}

export function AutoChecks({ checks, options }: AutoChecksProps) {
  const { t, lang } = useI18n();
  return (
    <ul className="cfg-plain-list">
      {checks.map((check, i) => {
        const documents = documentTypesOf(check.params).map((d) => documentTypeLabel(d, lang));
        const option = options.find((o) => o.id === check.deduction);
        return (
          <li key={`${check.rule}-${i}`} data-rule={check.rule} title={check.rule}>
            {t(`settings.rules.${check.rule}`)}
            {documents.length > 0
              ? t('settings.standards.autoDocuments', { documents: documents.join(t('settings.listSeparator')) })
              : ''}
            {option ? t('settings.standards.autoSuggests', { option: option.label }) : ''}
          </li>
        );
      })}
    </ul>
  );
}
