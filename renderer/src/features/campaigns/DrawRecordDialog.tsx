/**
 * The 抽样记录 of a drawn campaign: method, rule, seed, who drew and when, the frozen
 * population's size and hash, population and drawn counts per stratum, and the drawn case
 * numbers — as it is printed (the print button prints only this record).
 */
import { DRAW_METHOD } from '../../../../shared/campaigns/draw.ts';
import type { DrawRecord } from '../../../../shared/api/campaignTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { Modal } from '../../components/Modal.tsx';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { caseTypeLabel, procedureLabel } from '../cases/enumLabels.ts';

function RecordBody({ record }: { record: DrawRecord }) {
  const { t, formatNumber } = useI18n();
  const scope = record.campaign.scope;
  const facts: [string, string][] = [
    [t('record.campaign'), record.campaign.title],
    [t('record.organiser'), record.campaign.organiser ?? '—'],
    [t('record.period'), `${record.campaign.period.from} – ${record.campaign.period.to}`],
    [t('record.units'), scope.units && scope.units.length > 0 ? scope.units.join('、') : t('campaigns.scopeAll')],
    [
      t('record.caseTypes'),
      scope.caseTypes ? scope.caseTypes.map((v) => caseTypeLabel(v, t)).join('、') : t('campaigns.scopeAll'),
    ],
    [
      t('record.procedures'),
      scope.procedures ? scope.procedures.map((v) => procedureLabel(v, t)).join('、') : t('campaigns.scopeAll'),
    ],
    [t('record.method'), record.method === DRAW_METHOD ? t('record.methodDraw1') : record.method],
    [t('record.rule'), record.ruleDescription],
    [t('record.seed'), record.seed],
    [t('record.drawnAt'), record.drawnAt.replace('T', ' ').slice(0, 19)],
    [t('record.drawnBy'), record.drawnBy],
    [t('record.population'), formatNumber(record.populationSize)],
    [t('record.drawnCount'), formatNumber(record.drawnCount)],
    [t('record.hash'), record.populationHash],
    [t('record.reproduced'), record.reproduced ? t('record.reproducedYes') : t('record.reproducedNo')],
  ];
  return (
    <div className="print-area draw-record" data-testid="draw-record">
      <h2 className="record-title">{t('record.title')}</h2>
      <dl className="record-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="record-fact">
            <dt>{label}</dt>
            <dd data-testid={label === t('record.seed') ? 'record-seed' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('record.strata')}</h3>
      <table className="data-table" data-testid="record-strata">
        <thead>
          <tr>
            <th>{t('campaigns.unit')}</th>
            <th>{t('campaigns.procedure')}</th>
            <th className="num">{t('campaigns.population')}</th>
            <th className="num">{t('campaigns.drawn')}</th>
          </tr>
        </thead>
        <tbody>
          {record.strata.map((s) => (
            <tr key={s.key}>
              <td>{s.unit ?? t('campaigns.noUnit')}</td>
              <td>{s.procedure ? procedureLabel(s.procedure, t) : t('campaigns.noProcedure')}</td>
              <td className="num">{formatNumber(s.population)}</td>
              <td className="num">{formatNumber(s.drawn)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2}>{t('record.total')}</th>
            <th className="num">{formatNumber(record.populationSize)}</th>
            <th className="num">{formatNumber(record.drawnCount)}</th>
          </tr>
        </tfoot>
      </table>
      <h3>{t('record.drawnCases', { n: formatNumber(record.drawn.length) })}</h3>
      <table className="data-table" data-testid="record-drawn">
        <thead>
          <tr>
            <th className="num">{t('record.no')}</th>
            <th>{t('record.caseNumber')}</th>
            <th>{t('campaigns.unit')}</th>
            <th>{t('campaigns.procedure')}</th>
            <th>{t('record.caseDate')}</th>
            <th className="num">{t('record.pick')}</th>
          </tr>
        </thead>
        <tbody>
          {record.drawn.map((row, i) => (
            <tr key={row.caseId} data-testid="record-drawn-row">
              <td className="num">{i + 1}</td>
              <td>{row.caseNumber}</td>
              <td>{row.unit ?? t('campaigns.noUnit')}</td>
              <td>{row.procedure ? procedureLabel(row.procedure, t) : t('campaigns.noProcedure')}</td>
              <td>{row.caseDate ?? '—'}</td>
              <td className="num">{row.pick ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DrawRecordDialog({ campaignId, onClose }: { campaignId: number; onClose(): void }) {
  const { t, lang } = useI18n();
  const record = useLoad(`record:${campaignId}`, (signal) => call('campaigns:draw-record', { campaignId }, { signal }));
  return (
    <Modal open wide title={t('record.title')} onClose={onClose} testId="draw-record-dialog">
      {record.error ? (
        <p className="inline-error" role="alert">
          {errorText(record.error.data, lang)}
        </p>
      ) : record.data ? (
        <RecordBody record={record.data} />
      ) : (
        <p className="form-hint">{t('app.loading')}</p>
      )}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!record.data}
          data-testid="record-print"
          onClick={() => window.print()}
        >
          {t('record.print')}
        </button>
      </div>
    </Modal>
  );
}
