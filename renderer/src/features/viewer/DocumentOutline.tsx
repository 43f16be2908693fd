/** 卷内目录: the case's documents grouped by type in procedural order; a click opens one. */
import { DOCUMENT_TYPE_INFO } from '../../../../shared/domain/documentTypes.ts';
import type { DocumentGroup } from '../../../../shared/domain/documentOrder.ts';
import type { DocumentInfo } from '../../../../shared/api/types.ts';
import { pageCountText } from './strings.ts';
import type { ViewerLang, ViewerT } from './strings.ts';

interface Props {
  t: ViewerT;
  lang: ViewerLang;
  groups: DocumentGroup<DocumentInfo>[];
  currentId: number | null;
  onOpen: (documentId: number) => void;
}

export function DocumentOutline({ t, lang, groups, currentId, onOpen }: Props) {
  return (
    <nav className="pc-viewer-outline" data-testid="viewer-outline" aria-label={t('outline')}>
      <div className="pc-viewer-outline-title">{t('outline')}</div>
      {groups.length === 0 && <div className="pc-viewer-outline-empty">{t('outlineEmpty')}</div>}
      {groups.map((group) => {
        const label = lang === 'en' ? DOCUMENT_TYPE_INFO[group.type].en : DOCUMENT_TYPE_INFO[group.type].zh;
        return (
          <section key={group.type} className="pc-viewer-outline-group">
            <h3 className="pc-viewer-outline-type">{label}</h3>
            <ul>
              {group.documents.map((document) => {
                const current = document.id === currentId;
                return (
                  <li key={document.id}>
                    <button
                      type="button"
                      className={
                        current ? 'pc-viewer-outline-item pc-viewer-outline-current' : 'pc-viewer-outline-item'
                      }
                      aria-current={current ? 'true' : undefined}
                      data-document-id={document.id}
                      title={document.fileName}
                      onClick={() => onOpen(document.id)}
                    >
                      <span className="pc-viewer-outline-name">{document.title ?? document.fileName}</span>
                      <span className="pc-viewer-outline-pages">
                        {document.kind === 'attachment'
                          ? t('attachmentShort')
                          : document.pageCount === null
                            ? t('pagesUnknown')
                            : pageCountText(t, document.pageCount)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
