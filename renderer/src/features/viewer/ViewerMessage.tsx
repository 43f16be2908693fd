/** A centred notice in the document area: loading, an error, or an attachment's card. */
import type { ReactNode } from 'react';
import type { ViewerT } from './strings.ts';

interface Props {
  t: ViewerT;
  tone: 'info' | 'error';
  children: ReactNode;
  onOpenExternal?: (() => void) | null | undefined;
}

export function ViewerMessage({ t, tone, children, onOpenExternal }: Props) {
  return (
    <div className={`pc-viewer-message pc-viewer-message-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="pc-viewer-message-text">{children}</div>
      {onOpenExternal && (
        <button type="button" className="pc-viewer-external" onClick={onOpenExternal}>
          {t('openExternal')}
        </button>
      )}
    </div>
  );
}
