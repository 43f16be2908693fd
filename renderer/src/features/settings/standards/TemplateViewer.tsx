/**
 * One stored version of a standard, read-only: its facts, vetoes, categories and items, bonus
 * and grades, with a contents bar to jump between parts. "另存副本" saves it as a JSON file an
 * office can edit and import as a new version.
 */
import { useRef } from 'react';
import type { TemplateSummary } from '../../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { templateExportFileName, templateExportJson } from '../../../../../shared/templates/exportJson.ts';
import type { Template } from '../../../../../shared/templates/shape.ts';
import { call } from '../../../api/client.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { useLoad } from '../../../data/useLoad.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { downloadJson } from '../common/downloadJson.ts';
import { BonusSection } from './BonusSection.tsx';
import { categoryAnchor, CategorySection } from './CategorySection.tsx';
import { GradeTable } from './GradeTable.tsx';
import { TemplateFacts } from './TemplateFacts.tsx';
import { versionKey } from './templateKey.ts';
import { VetoTable } from './VetoTable.tsx';

const VETOES = 'cfg-part-vetoes';
const BONUS = 'cfg-part-bonus';
const GRADES = 'cfg-part-grades';

function Contents({ template, onJump }: { template: Template; onJump(id: string): void }) {
  const { t } = useI18n();
  const parts: [string, string][] = [
    [VETOES, t('settings.standards.vetoes')],
    ...template.categories.map((c): [string, string] => [categoryAnchor(c.id), `${c.id} ${c.name}`]),
    ...(template.bonus ? [[BONUS, t('checklist.bonus')] as [string, string]] : []),
    [GRADES, t('settings.standards.grades')],
  ];
  return (
    <nav className="cfg-contents" aria-label={t('settings.standards.contents')}>
      {parts.map(([id, label]) => (
        <button key={id} type="button" className="cfg-contents-link" onClick={() => onJump(id)}>
          {label}
        </button>
      ))}
    </nav>
  );
}

export function TemplateViewer({ summary }: { summary: TemplateSummary }) {
  const { t, lang } = useI18n();
  const bodyRef = useRef<HTMLDivElement>(null);
  const { templateId, version } = summary;
  const detail = useLoad(versionKey(summary), (signal) => call('templates:get', { templateId, version }, { signal }));
  const template = detail.data?.template ?? null;
  const jump = (id: string) => {
    const target = bodyRef.current?.querySelector<HTMLElement>(`#${id}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  };

  return (
    <article className="cfg-doc" data-testid="template-viewer" data-key={versionKey(summary)}>
      <header className="cfg-doc-head">
        <div className="cfg-doc-title">
          <h2>{summary.name}</h2>
          <p className="cfg-muted">
            <code>{templateId}</code> · {t('settings.standards.version', { version })} ·{' '}
            <span title={summary.contentHash}>
              {t('settings.standards.hash', { hash: summary.contentHash.slice(0, 12) })}
            </span>
          </p>
        </div>
        <button
          type="button"
          className="button"
          disabled={!template}
          title={t('settings.standards.exportTitle')}
          data-testid="template-export"
          onClick={() => template && downloadJson(templateExportJson(template), templateExportFileName(template))}
        >
          {t('settings.standards.export')}
        </button>
      </header>
      {template ? <Contents template={template} onJump={jump} /> : null}
      <div className="cfg-doc-body" ref={bodyRef}>
        {detail.error ? <LoadError text={errorText(detail.error.data, lang)} onRetry={detail.reload} /> : null}
        {template ? (
          <>
            <TemplateFacts summary={summary} template={template} />
            <section className="cfg-part" id={VETOES} tabIndex={-1}>
              <h3>{t('settings.standards.vetoes')}</h3>
              <VetoTable vetoes={template.vetoes} />
            </section>
            <section className="cfg-part">
              <h3>{t('settings.standards.categories')}</h3>
              {template.categories.map((c) => (
                <CategorySection key={c.id} category={c} depth={0} />
              ))}
            </section>
            {template.bonus ? (
              <section className="cfg-part" id={BONUS} tabIndex={-1}>
                <h3>{t('checklist.bonus')}</h3>
                <BonusSection bonus={template.bonus} />
              </section>
            ) : null}
            <section className="cfg-part" id={GRADES} tabIndex={-1}>
              <h3>{t('settings.standards.grades')}</h3>
              <GradeTable grades={template.grades} />
            </section>
          </>
        ) : detail.loading ? (
          <p className="list-empty">{t('app.loading')}</p>
        ) : null}
      </div>
    </article>
  );
}
