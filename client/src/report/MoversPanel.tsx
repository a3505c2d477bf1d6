import { useMemo } from 'react';
import type { Insights, TouchpointInsight } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { biggestMovers } from './reportRows.js';

/** The five biggest gains and the five biggest losses against the baseline. */
export function MoversPanel({ insights, onSelect }: { insights: Insights; onSelect: (id: string) => void }) {
  const t = useT();
  const movers = useMemo(() => biggestMovers(insights.touchpoints, 5), [insights]);
  const numberOf = useMemo(() => new Map(insights.touchpoints.map((tp, index) => [tp.id, index + 1])), [insights]);
  // Bars share one scale across both lists, so that a long bar means the same on either side.
  const scale = Math.max(1, ...[...movers.up, ...movers.down].map((tp) => Math.abs(tp.delta ?? 0)));
  const noBaseline = insights.baseline === null;
  return (
    <>
      {(['up', 'down'] as const).map((side) => (
        <div key={side} className="report-card movers" data-testid={`movers-${side}`}>
          <div className="report-card__head">
            <h2>{side === 'up' ? t('report.moversUp') : t('report.moversDown')}</h2>
            {insights.baseline && <p className="muted small">{t('report.moversAgainst', { baseline: insights.baseline })}</p>}
          </div>
          {noBaseline ? (
            <p className="muted">{t('report.moversNoBaseline')}</p>
          ) : movers[side].length === 0 ? (
            <p className="muted">{side === 'up' ? t('report.moversNoneUp') : t('report.moversNoneDown')}</p>
          ) : (
            <ol className="movers__list">
              {movers[side].map((tp) => (
                <MoverItem key={tp.id} tp={tp} number={numberOf.get(tp.id) ?? 0} scale={scale} side={side} onSelect={onSelect} />
              ))}
            </ol>
          )}
        </div>
      ))}
    </>
  );
}

function MoverItem({
  tp,
  number,
  scale,
  side,
  onSelect,
}: {
  tp: TouchpointInsight;
  number: number;
  scale: number;
  side: 'up' | 'down';
  onSelect: (id: string) => void;
}) {
  const { language } = useLanguage();
  const width = Math.max(4, Math.round((Math.abs(tp.delta ?? 0) / scale) * 100));
  return (
    <li className="movers__item" data-testid="mover" data-touchpoint-id={tp.id}>
      <button type="button" className="movers__title" onClick={() => onSelect(tp.id)}>
        <span className="movers__number">{number}</span>
        {tp.title}
      </button>
      <span className="movers__values">
        {formatNumber(tp.baselineCsi, language)} → <strong>{formatNumber(tp.csi, language)}</strong>
      </span>
      <DeltaBadge delta={tp.delta} />
      <span className={`movers__bar movers__bar--${side}`} style={{ width: `${width}%` }} aria-hidden="true" />
    </li>
  );
}
