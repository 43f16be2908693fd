/** The unit's replies, oldest first, each with its attachments (open in a new tab or save). */
import { useState } from 'react';
import type { AttachmentView, ReplyView } from '../../../../shared/api/rectificationTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { openBytes } from '../../api/stage.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { formatSize } from '../import/formatSize.ts';

export function ReplyList({ replies }: { replies: readonly ReplyView[] }) {
  const { t, lang, formatNumber } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const open = async (a: AttachmentView) => {
    setError(null);
    try {
      openBytes(await call('rectifications:attachment', { attachmentId: a.id }), a.fileName, a.mime);
    } catch (err) {
      setError(toApiError(err));
    }
  };
  if (replies.length === 0) return <p className="form-hint">{t('rectifications.noReplies')}</p>;
  return (
    <>
      <ol className="reply-list" data-testid="reply-list">
        {replies.map((r) => (
          <li key={r.id} className="reply" data-testid="reply">
            <p className="reply-meta">
              {r.at.replace('T', ' ').slice(0, 16)} · {r.by}
            </p>
            <p className="reply-text">{r.text}</p>
            {r.attachments.length > 0 ? (
              <ul className="attachment-list">
                {r.attachments.map((a) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      className="link-button"
                      data-testid="reply-attachment"
                      onClick={() => void open(a)}
                    >
                      {a.fileName}
                    </button>
                    <span className="muted">{formatSize(a.size, t, formatNumber)}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {error ? (
        <p className="inline-error" role="alert">
          {errorText(error.data, lang)}
        </p>
      ) : null}
    </>
  );
}
