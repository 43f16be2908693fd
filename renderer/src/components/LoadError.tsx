/** A failed load, said in place, with 重试 (retry). */
import { useI18n } from '../i18n/i18nContext.ts';

export function LoadError({ text, onRetry, testId }: { text: string; onRetry(): void; testId?: string }) {
  const { t } = useI18n();
  return (
    <div className="inline-error" role="alert" data-testid={testId}>
      <span>{text}</span>
      <button type="button" className="link-button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
