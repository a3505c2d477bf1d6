import type { MapDocument, Touchpoint } from '../../shared/src/index.js';
import automotive from '../../shared/src/templates/automotive.json' with { type: 'json' };

const template = automotive as MapDocument;

/**
 * The dealership template grown to `count` touchpoints: its 17 touchpoints first (so measures and
 * ids stay real), then copies spread over the same phases with their own ids and metric keys
 * (`web.homepage.2`), as a map of a dealer network with one touchpoint per branch would have.
 */
export function scaledMap(count: number, title = `Measurements benchmark, ${count} touchpoints`): MapDocument {
  const base = template.touchpoints;
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < count; i++) {
    const original = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    touchpoints.push(
      copy === 0
        ? original
        : {
            ...original,
            id: `${original.id}-${copy + 1}`,
            title: `${original.title} (${copy + 1})`,
            metricKey: `${original.metricKey}.${copy + 1}`,
            // Importance and moments of truth vary so that the white-spot rules have work to do.
            importance: ((original.importance + copy) % 5) + 1,
            momentOfTruth: copy % 7 === 0 ? !original.momentOfTruth : original.momentOfTruth,
          },
    );
  }
  const kept = new Set(touchpoints.map((tp) => tp.id));
  return {
    ...template,
    title,
    touchpoints,
    measures: template.measures.filter((m) => m.touchpointIds.every((id) => kept.has(id))),
  };
}

/** `count` consecutive days from 2023-01-01 as ISO dates: the periods of a daily survey export. */
export function dailyPeriods(count: number): string[] {
  const start = Date.UTC(2023, 0, 1);
  return Array.from({ length: count }, (_, day) => new Date(start + day * 86_400_000).toISOString().slice(0, 10));
}

/** The CSV dialects of the exports people upload: Excel in German and in English locale. */
export type CsvDialect = 'german' | 'english';

/**
 * A survey export with one row per metric key and period (keys × periods rows, each pair once, so
 * every row lands): CSI with one decimal and the number of respondents. German: BOM, `;`, decimal
 * comma, CRLF and German headers, as Excel writes it; English: `,`, decimal point, LF.
 */
export function measurementCsv(keys: readonly string[], periods: readonly string[], dialect: CsvDialect): string {
  const german = dialect === 'german';
  const separator = german ? ';' : ',';
  const newline = german ? '\r\n' : '\n';
  const header = german ? '\uFEFFKontaktpunkt;Zeitraum;CSI;Stichprobe' : 'touchpoint,period,csi,n';
  const lines: string[] = [header];
  // A small deterministic generator: the same file on every run, values that look like survey data.
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (const period of periods) {
    for (const key of keys) {
      const csi = (45 + next() * 50).toFixed(1);
      const respondents = 20 + Math.floor(next() * 800);
      lines.push(`${key}${separator}${period}${separator}${german ? csi.replace('.', ',') : csi}${separator}${respondents}`);
    }
  }
  return lines.join(newline) + newline;
}

/** The metric key each touchpoint of a map is measured under. */
export function metricKeys(map: MapDocument): string[] {
  return map.touchpoints.map((tp) => (tp.metricKey === '' ? tp.id : tp.metricKey));
}
