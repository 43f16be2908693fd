/**
 * The unit's reply: who replies (the unit's contact), what was done, and evidence files
 * (staged, then sent with the text).
 */
import { useRef, useState, type FormEvent } from 'react';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { stageFiles } from '../../api/stage.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { formatSize } from '../import/formatSize.ts';

export function ReplyForm({ itemId, onSent }: { itemId: number; onSent(): void }) {
  const { t, lang, formatNumber } = useI18n();
  const [author, setAuthor] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const ready = author.trim() !== '' && text.trim() !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const stagingId = files.length > 0 ? await stageFiles(files) : null;
      await call('rectifications:reply', {
        id: itemId,
        text: text.trim(),
        actor: author.trim(),
        ...(stagingId ? { stagingId } : {}),
      });
      setText('');
      setFiles([]);
      if (fileRef.current) fileRef.current.value = '';
      onSent();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form reply-form" onSubmit={(event) => void submit(event)} data-testid="reply-form">
      <label className="form-field">
        <span>{t('rectifications.replyAuthor')}</span>
        <input
          type="text"
          value={author}
          required
          maxLength={100}
          placeholder={t('rectifications.replyAuthorPlaceholder')}
          data-testid="reply-author"
          onChange={(e) => setAuthor(e.target.value)}
        />
      </label>
      <label className="form-field">
        <span>{t('rectifications.replyText')}</span>
        <textarea
          rows={3}
          value={text}
          placeholder={t('rectifications.replyPlaceholder')}
          data-testid="reply-text"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="inline-form">
        <label className="button file-button">
          {t('rectifications.attach')}
          <input
            ref={fileRef}
            type="file"
            multiple
            className="visually-hidden"
            data-testid="reply-files"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </label>
        <span className="form-hint" data-testid="reply-file-list">
          {files.length > 0
            ? files.map((f) => `${f.name}（${formatSize(f.size, t, formatNumber)}）`).join('、')
            : t('rectifications.noFiles')}
        </span>
        <button type="submit" className="button button-primary" disabled={busy || !ready} data-testid="reply-send">
          {busy ? t('rectifications.sending') : t('rectifications.sendReply')}
        </button>
      </div>
      {error ? (
        <p className="inline-error" role="alert" data-testid="reply-error">
          {errorText(error.data, lang)}
        </p>
      ) : null}
    </form>
  );
}
