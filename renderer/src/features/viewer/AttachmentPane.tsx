/**
 * An attachment (kind 'attachment': audio, video, office files…): its name and an "open
 * externally" button. Its bytes are never loaded into the page, let alone run.
 */
import type { DocumentInfo } from '../../../../shared/api/types.ts';
import type { ViewerT } from './strings.ts';
import { ViewerMessage } from './ViewerMessage.tsx';

interface Props {
  t: ViewerT;
  document: DocumentInfo;
  onOpenExternal: (() => void) | null;
  hasPrevDocument: boolean;
  hasNextDocument: boolean;
  onEdge: (direction: 'prev' | 'next') => void;
  toggleSidePanel: () => void;
}

export function AttachmentPane({ t, document, onOpenExternal, ...nav }: Props) {
  return (
    <div className="pc-viewer-pane">
      <div className="pc-viewer-toolbar" role="toolbar">
        <button type="button" title={t('sidePanel')} aria-label={t('sidePanel')} onClick={nav.toggleSidePanel}>
          ☰
        </button>
        <span className="pc-viewer-sep" />
        <button
          type="button"
          title={t('prevDocument')}
          aria-label={t('prevDocument')}
          disabled={!nav.hasPrevDocument}
          onClick={() => nav.onEdge('prev')}
        >
          ⇤
        </button>
        <button
          type="button"
          title={t('nextDocument')}
          aria-label={t('nextDocument')}
          disabled={!nav.hasNextDocument}
          onClick={() => nav.onEdge('next')}
        >
          ⇥
        </button>
      </div>
      <div className="pc-viewer-body">
        <div className="pc-viewer-stage">
          <ViewerMessage t={t} tone="info" onOpenExternal={onOpenExternal}>
            <div className="pc-viewer-attachment-name">{document.fileName}</div>
            <div>{t('attachment')}</div>
            <div className="pc-viewer-attachment-note">{t('attachmentNever')}</div>
          </ViewerMessage>
        </div>
      </div>
    </div>
  );
}
