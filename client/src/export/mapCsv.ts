import type { Channel, Insights, MapDocument } from '../../../shared/src/index.js';
import type { Language, Translate } from '../i18n/translate.js';
import { csvTable } from '../report/reportCsv.js';

/** One touchpoint of the map as a line of the CSV export. */
export interface MapCsvRow {
  /** Position in the journey, 1-based. */
  number: number;
  phase: string;
  touchpoint: string;
  channel: Channel;
  importance: number;
  momentOfTruth: boolean;
  metricKey: string;
  /** CSI in the period the map shows, and its change against the baseline (null: not measured). */
  csi: number | null;
  delta: number | null;
}

/**
 * The touchpoints in journey order (phase by phase, in the order the canvas shows them), with
 * their measured CSI when the insights are there. A touchpoint of an unknown phase comes last.
 */
export function mapCsvRows(
  map: Pick<MapDocument, 'phases' | 'touchpoints'>,
  insights: Pick<Insights, 'touchpoints'> | null,
): MapCsvRow[] {
  const phaseIndex = new Map(map.phases.map((phase, index) => [phase.id, index]));
  const measured = new Map(insights?.touchpoints.map((tp) => [tp.id, tp]));
  const ordered = map.touchpoints
    .map((touchpoint, index) => ({ touchpoint, index, phase: phaseIndex.get(touchpoint.phaseId) ?? map.phases.length }))
    .sort((a, b) => a.phase - b.phase || a.index - b.index);
  return ordered.map(({ touchpoint, phase }, index) => {
    const insight = measured.get(touchpoint.id);
    return {
      number: index + 1,
      phase: map.phases[phase]?.name ?? '',
      touchpoint: touchpoint.title,
      channel: touchpoint.channel,
      importance: touchpoint.importance,
      momentOfTruth: touchpoint.momentOfTruth,
      metricKey: touchpoint.metricKey,
      csi: insight?.csi ?? null,
      delta: insight?.delta ?? null,
    };
  });
}

export interface MapCsvLabels {
  headers: {
    number: string;
    phase: string;
    touchpoint: string;
    channel: string;
    importance: string;
    momentOfTruth: string;
    metricKey: string;
    csi: string;
    delta: string;
  };
  channel: (channel: Channel) => string;
  yes: string;
  no: string;
}

/** The column names in the reader's language; the CSI columns name their periods. */
export function mapCsvLabels(t: Translate, insights: Pick<Insights, 'period' | 'baseline'> | null): MapCsvLabels {
  return {
    headers: {
      number: t('report.col.number'),
      phase: t('report.col.phase'),
      touchpoint: t('report.col.touchpoint'),
      channel: t('export.col.channel'),
      importance: t('report.col.importance'),
      momentOfTruth: t('report.col.momentOfTruth'),
      metricKey: t('report.col.metricKey'),
      csi: insights?.period ? t('report.col.csiIn', { period: insights.period }) : t('report.col.csi'),
      delta: insights?.baseline ? t('export.col.deltaVs', { baseline: insights.baseline }) : t('report.col.delta'),
    },
    channel: (channel) => t(`channel.${channel}`),
    yes: t('report.yes'),
    no: t('report.no'),
  };
}

/** The touchpoints as a CSV file's text, in the spreadsheet dialect of the reader's language. */
export function mapCsv(rows: readonly MapCsvRow[], labels: MapCsvLabels, language: Language): string {
  const h = labels.headers;
  return csvTable(
    [
      [h.number, h.phase, h.touchpoint, h.channel, h.importance, h.momentOfTruth, h.metricKey, h.csi, h.delta],
      ...rows.map((row) => [
        row.number,
        row.phase,
        row.touchpoint,
        labels.channel(row.channel),
        row.importance,
        row.momentOfTruth ? labels.yes : labels.no,
        row.metricKey,
        row.csi,
        row.delta,
      ]),
    ],
    language,
  );
}
