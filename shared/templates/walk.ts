/**
 * Walks a template's category tree once, in document order, with each node's JSON path
 * (`categories[2].items[0]`), so that validation, scoring and lookups share one traversal.
 */
import type { Template, TemplateCategory, TemplateItem } from './shape.ts';

export interface CategoryVisit {
  category: TemplateCategory;
  path: string;
  /** Ancestors from the top-level category down to the parent. */
  parents: readonly TemplateCategory[];
}

export interface ItemVisit {
  item: TemplateItem;
  path: string;
  /** Ancestors from the top-level category down to the item's own category. */
  categories: readonly TemplateCategory[];
}

export function walkCategories(template: Template): CategoryVisit[] {
  const out: CategoryVisit[] = [];
  const visit = (list: readonly TemplateCategory[], base: string, parents: readonly TemplateCategory[]): void => {
    list.forEach((category, i) => {
      const path = `${base}[${i}]`;
      out.push({ category, path, parents });
      visit(category.categories, `${path}.categories`, [...parents, category]);
    });
  };
  visit(template.categories, 'categories', []);
  return out;
}

export function walkItems(template: Template): ItemVisit[] {
  const out: ItemVisit[] = [];
  for (const { category, path, parents } of walkCategories(template)) {
    category.items.forEach((item, i) => {
      out.push({ item, path: `${path}.items[${i}]`, categories: [...parents, category] });
    });
  }
  return out;
}

/** The scored items by id (bonus items are in `template.bonus`). */
export function itemIndex(template: Template): Map<string, ItemVisit> {
  return new Map(walkItems(template).map((visit) => [visit.item.id, visit]));
}
