/**
 * A category with its cap and how it counts — 扣完为止 pool, scaled to N points, its own
 * not-applicable policy or case kinds — then its items and sub-categories.
 */
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import type { TemplateCategory } from '../../../../../shared/templates/shape.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { ItemBlock } from './ItemBlock.tsx';
import { appliesToText } from './templateText.ts';

export function categoryAnchor(id: string): string {
  return `cfg-category-${id}`;
}

export function CategorySection({ category, depth }: { category: TemplateCategory; depth: number }) {
  const { t } = useI18n();
  const Heading = depth === 0 ? 'h4' : 'h5';
  const applies = appliesToText(t, category.appliesTo);
  return (
    <section
      className={depth === 0 ? 'cfg-category' : 'cfg-category cfg-subcategory'}
      id={categoryAnchor(category.id)}
      tabIndex={-1}
      data-testid="template-category"
      data-category={category.id}
    >
      <div className="cfg-category-head">
        <Heading>
          <code className="cfg-item-id">{category.id}</code> {category.name}
        </Heading>
        <span className="cfg-points">{t('checklist.points', { points: formatPoints(category.points) })}</span>
        {category.pool ? <span className="cfg-tag">{t('settings.standards.pool')}</span> : null}
        {category.scaleTo !== undefined ? (
          <span className="cfg-tag">{t('settings.standards.scaleTo', { points: formatPoints(category.scaleTo) })}</span>
        ) : null}
        {category.notApplicable ? (
          <span className="cfg-tag">{t(`settings.standards.notApplicable.${category.notApplicable}`)}</span>
        ) : null}
        {applies ? <span className="cfg-tag">{applies}</span> : null}
      </div>
      {category.description ? <p className="cfg-item-desc">{category.description}</p> : null}
      {category.items.map((item) => (
        <ItemBlock key={item.id} item={item} />
      ))}
      {category.categories.map((sub) => (
        <CategorySection key={sub.id} category={sub} depth={depth + 1} />
      ))}
    </section>
  );
}
