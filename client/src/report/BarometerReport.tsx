import { useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Insights, MapDocument } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { PriorityMatrix } from '../measurements/PriorityMatrix.js';
import { InsightSettingsForm } from './InsightSettingsForm.js';
import { MoversPanel } from './MoversPanel.js';
import { PeriodPickers } from './PeriodPickers.js';
import type { ReportRow } from './reportRows.js';
import { SummaryCards } from './SummaryCards.js';
import { TouchpointFocus } from './TouchpointFocus.js';
import { TouchpointTable } from './TouchpointTable.js';
import { WhiteSpotList } from './WhiteSpotList.js';

interface BarometerReportProps {
  doc: Y.Doc;
  map: MapDocument;
  insights: Insights;
  rows: readonly ReportRow[];
  /** The period asked for in the address (may have no data). */
  requestedPeriod: string | null;
  onPeriodChange: (period: string) => void;
  onBaselineChange: (baseline: string | null) => void;
  /** The settings are shown, not edited (a viewer's or commenter's link). */
  readOnly?: boolean;
}

/** The body of the customer barometer: summary, matrix, movers, table, white spots, settings. */
export function BarometerReport(props: BarometerReportProps) {
  const { doc, map, insights, rows, requestedPeriod, onPeriodChange, onBaselineChange, readOnly = false } = props;
  const t = useT();
  const { language } = useLanguage();
  const [chosenId, setSelectedId] = useState<string | null>(null);
  // A touchpoint deleted on the map meanwhile is simply no longer selected.
  const selected = useMemo(() => insights.touchpoints.find((tp) => tp.id === chosenId) ?? null, [insights, chosenId]);
  const selectedId = selected?.id ?? null;
  const toggle = (id: string) => setSelectedId((current) => (current === id ? null : id));
  const matrixRef = useRef<HTMLElement>(null);
  // From the white spots far below: select, then bring the matrix and the trend into view.
  const show = (id: string) => {
    setSelectedId(id);
    requestAnimationFrame(() => matrixRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  };
  const createdAt = useMemo(() => new Date(), []);
  const subtitle = insights.baseline
    ? t('report.subtitle', { period: insights.period ?? '–', baseline: insights.baseline })
    : t('report.subtitleNoBaseline', { period: insights.period ?? '–' });

  return (
    <>
      <section className="report-head">
        <div>
          <h1 className="report-head__title">{t('report.title')}</h1>
          <p className="report-head__subtitle" data-testid="report-subtitle">
            {subtitle}
          </p>
          <p className="report-head__meta">
            {t('report.meta', {
              target: formatNumber(insights.settings.csiTarget, language),
              threshold: formatNumber(insights.settings.declineThreshold, language),
            })}
            <span className="print-only"> · {t('report.generated', { date: createdAt.toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' }) })}</span>
          </p>
        </div>
        <PeriodPickers insights={insights} onPeriodChange={onPeriodChange} onBaselineChange={onBaselineChange} />
      </section>

      {requestedPeriod !== null && requestedPeriod !== insights.period && (
        <p className="notice report__notice no-print" role="status" data-testid="period-unknown">
          {t('report.periodUnknown', { period: requestedPeriod, shown: insights.period ?? '–' })}
        </p>
      )}

      <SummaryCards insights={insights} />

      <section className="report-row report-row--movers">
        <MoversPanel insights={insights} onSelect={toggle} />
      </section>

      <section className="report-row report-row--matrix" ref={matrixRef}>
        <div className="report-card report-card--matrix">
          <div className="report-card__head">
            <h2>{t('matrix.title')}</h2>
            <p className="muted small no-print">{t('matrix.hint')}</p>
          </div>
          <PriorityMatrix
            touchpoints={insights.touchpoints}
            csiTarget={insights.settings.csiTarget}
            selectedId={selectedId}
            onSelectTouchpoint={toggle}
          />
        </div>
        <TouchpointFocus
          touchpoint={selected}
          insights={insights}
          phaseName={map.phases.find((p) => p.id === selected?.phaseId)?.name ?? ''}
          onClose={() => setSelectedId(null)}
        />
      </section>

      <TouchpointTable rows={rows} insights={insights} selectedId={selectedId} onSelect={toggle} />

      <section className="report-row report-row--bottom">
        <WhiteSpotList insights={insights} map={map} onSelect={show} />
        <InsightSettingsForm doc={doc} map={map} readOnly={readOnly} />
      </section>
    </>
  );
}
