/** 加分项: the cap, whether the total may pass the full score, and the bonus items. */
import { formatPoints } from '../../../../../shared/scoring/explain.ts';
import type { Template } from '../../../../../shared/templates/shape.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { ItemBlock } from './ItemBlock.tsx';

export function BonusSection({ bonus }: { bonus: NonNullable<Template['bonus']> }) {
  const { t } = useI18n();
  return (
    <>
      <p className="cfg-muted">
        {t('settings.standards.bonusCap', { points: formatPoints(bonus.cap) })}
        {t(bonus.mayExceedTotal ? 'settings.standards.bonusMayExceed' : 'settings.standards.bonusWithinTotal')}
      </p>
      {bonus.items.map((item) => (
        <ItemBlock key={item.id} item={item} award />
      ))}
    </>
  );
}
