import type { Insights } from '../../../shared/src/index.js';
import type { Translate } from '../i18n/translate.js';
import type { CsvLabels } from './reportCsv.js';

/** The touchpoint table's column names; the CSI columns name their periods. */
export function csvLabels(t: Translate, insights: Pick<Insights, 'period' | 'baseline'>): CsvLabels {
  return {
    headers: {
      number: t('report.col.number'),
      phase: t('report.col.phase'),
      touchpoint: t('report.col.touchpoint'),
      metricKey: t('report.col.metricKey'),
      importance: t('report.col.importance'),
      momentOfTruth: t('report.col.momentOfTruth'),
      csi: insights.period ? t('report.col.csiIn', { period: insights.period }) : t('report.col.csi'),
      baseline: insights.baseline ? t('report.col.csiIn', { period: insights.baseline }) : t('report.col.baseline'),
      delta: t('report.col.delta'),
      n: t('report.col.n'),
    },
    yes: t('report.yes'),
    no: t('report.no'),
  };
}
