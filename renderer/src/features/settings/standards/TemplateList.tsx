/**
 * The standards in the workspace as a list box, one entry per version: name and source, id,
 * version and what it applies to, points, items and vetoes, how many evaluations pin it, and
 * the case kinds new evaluations get it for.
 */
import type { TemplateSummary } from '../../../../../shared/api/evaluationTypes.ts';
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { listKeyHandler } from '../common/listKeys.ts';
import { SourceBadge } from '../common/SourceBadge.tsx';
import { versionKey } from './templateKey.ts';
import { applicabilityText, caseKindText } from './templateText.ts';

interface TemplateListProps {
  templates: readonly TemplateSummary[];
  selectedKey: string | null;
  onSelect(key: string): void;
}

export function TemplateList({ templates, selectedKey, onSelect }: TemplateListProps) {
  const { t, formatNumber } = useI18n();
  const at = templates.findIndex((x) => versionKey(x) === selectedKey);
  return (
    <ul
      className="list-box"
      role="listbox"
      tabIndex={0}
      aria-label={t('settings.standards.listTitle')}
      aria-activedescendant={selectedKey ? `template-option-${selectedKey}` : undefined}
      data-testid="template-list"
      onKeyDown={listKeyHandler(templates, at, (x) => onSelect(versionKey(x)))}
    >
      {templates.map((x) => {
        const key = versionKey(x);
        return (
          <li
            key={key}
            id={`template-option-${key}`}
            role="option"
            aria-selected={key === selectedKey}
            className={key === selectedKey ? 'list-option is-selected' : 'list-option'}
            data-testid="template-option"
            data-key={key}
            onClick={() => onSelect(key)}
          >
            <span className="cfg-option-title">
              <span className="cfg-option-name" title={x.name}>
                {x.name}
              </span>
              <SourceBadge source={x.source} />
            </span>
            <span className="cfg-option-meta">
              <code>{x.templateId}</code>
              <span>{t('settings.standards.version', { version: x.version })}</span>
              <span>{applicabilityText(t, x.caseTypes, x.procedures)}</span>
            </span>
            <span className="cfg-option-meta">
              {t('settings.standards.counts', {
                points: formatPoints(x.totalPoints),
                items: formatNumber(x.itemCount),
                vetoes: formatNumber(x.vetoCount),
              })}
              <span>{t('settings.standards.pinned', { count: formatNumber(x.evaluationCount) })}</span>
            </span>
            {x.defaultFor.length > 0 ? (
              <span className="cfg-option-default" data-testid="template-default">
                {t('settings.standards.defaultFor', {
                  kinds: x.defaultFor.map((k) => caseKindText(t, k)).join(t('settings.listSeparator')),
                })}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
