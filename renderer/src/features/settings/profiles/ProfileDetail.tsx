/**
 * One region profile, read-only: what it is, which values are still assumptions (待核实), the
 * hearing thresholds by party type, the deadlines and rules with their units and provenance,
 * the document order and the calendar overrides it carries. Activate, edit (as a copy when
 * bundled) and export from its header.
 */
import { useState } from 'react';
import type { ProfileDetail as Detail } from '../../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../../shared/i18n/labels.ts';
import { call } from '../../../api/client.ts';
import { toApiError } from '../../../api/errors.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { downloadJson } from '../common/downloadJson.ts';
import { SourceBadge } from '../common/SourceBadge.tsx';
import { DocumentOrder } from './DocumentOrder.tsx';
import { ThresholdTable } from './ThresholdTable.tsx';
import { ValueTable } from './ValueTable.tsx';

interface ProfileDetailProps {
  detail: Detail;
  onEdit(): void;
  onActivated(): void;
}

export function ProfileDetail({ detail, onEdit, onActivated }: ProfileDetailProps) {
  const { t, lang } = useI18n();
  const { profile, summary } = detail;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const activate = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await call('profiles:set-active', { id: profile.id });
      onActivated();
    } catch (err) {
      setProblem(errorText(toApiError(err).data, lang));
    } finally {
      setBusy(false);
    }
  };
  const overrides = [...profile.calendarOverrides].sort((a, b) => a.year - b.year);

  return (
    <article className="cfg-doc" data-testid="profile-detail" data-profile={profile.id}>
      <header className="cfg-doc-head">
        <div className="cfg-doc-title">
          <h2>
            {profile.name} <SourceBadge source={summary.source} />{' '}
            {summary.active ? (
              <span className="cfg-badge cfg-badge-active" data-testid="profile-active">
                {t('settings.profiles.active')}
              </span>
            ) : null}
          </h2>
          <p className="cfg-muted">
            <code>{profile.id}</code>
            {profile.nameEn ? ` · ${profile.nameEn}` : ''}
          </p>
        </div>
        <div className="cfg-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={summary.active || busy}
            data-testid="profile-activate"
            onClick={() => void activate()}
          >
            {summary.active ? t('settings.profiles.isActive') : t('settings.profiles.activate')}
          </button>
          <button type="button" className="button" data-testid="profile-edit" onClick={onEdit}>
            {summary.source === 'bundled' ? t('settings.profiles.copyEdit') : t('settings.profiles.edit')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="profile-export"
            onClick={() => downloadJson(`${JSON.stringify(profile, null, 2)}\n`, `${profile.id}.json`)}
          >
            {t('settings.profiles.export')}
          </button>
        </div>
      </header>
      <div className="cfg-doc-body">
        {problem ? (
          <p className="inline-error" role="alert">
            {problem}
          </p>
        ) : null}
        {profile.description ? <p className="cfg-description">{profile.description}</p> : null}
        {summary.assumedValues > 0 ? (
          <p className="cfg-warning" data-testid="profile-assumed-note">
            {t('settings.profiles.assumedCount', { count: summary.assumedValues })}
          </p>
        ) : null}
        <section className="cfg-part">
          <h3>{t('settings.profiles.thresholds')}</h3>
          <ThresholdTable thresholds={profile.hearingThresholds} />
        </section>
        <section className="cfg-part">
          <h3>{t('settings.profiles.valuesTitle')}</h3>
          <ValueTable profile={profile} />
        </section>
        <section className="cfg-part">
          <h3>{t('settings.profiles.documentOrder')}</h3>
          <DocumentOrder order={profile.documentOrder} />
        </section>
        <section className="cfg-part">
          <h3>{t('settings.profiles.calendarOverrides')}</h3>
          <p className="cfg-muted" data-testid="profile-overrides">
            {overrides.length > 0
              ? overrides
                  .map((o) =>
                    o.source
                      ? t('settings.profiles.overrideWithSource', { year: o.year, source: o.source })
                      : String(o.year),
                  )
                  .join(t('settings.listSeparator'))
              : t('settings.profiles.noOverrides')}
          </p>
        </section>
      </div>
    </article>
  );
}
