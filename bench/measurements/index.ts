import { tempDir } from '../../server/test/harness.js';
import { startBenchServer } from '../lib/server.js';
import type { Benchmark, Figure } from '../lib/figures.js';
import { measureCsvImport } from './csvImport.js';
import { measureInsights } from './insights.js';

/**
 * Issue 7, measurements: a 1,000,000-row CSV imported as the UI does it (≤ 10 s), and the
 * insights of 300 touchpoints × 20 periods (≤ 50 ms), against a real server process on port 0
 * with its default upload limit. The progress bar in the browser is checked by an e2e spec.
 */
export const measurementsBenchmark: Benchmark = {
  id: 'measurements',
  title: 'Measurements: CSV import and insights',
  async run(context) {
    const { smoke } = context;
    const data = tempDir();
    const server = await startBenchServer(data.dir);
    try {
      const figures: Figure[] = [];
      figures.push(
        ...(await measureCsvImport(server, data.dir, smoke ? { touchpoints: 100, periods: 50 } : { touchpoints: 1000, periods: 1000 }, context)),
      );
      figures.push(
        ...(await measureInsights(
          server,
          smoke
            ? { touchpoints: 20, periods: 4, warmup: 3, runs: 10, httpRuns: 5 }
            : { touchpoints: 300, periods: 20, warmup: 30, runs: 200, httpRuns: 100 },
          context,
        )),
      );
      return figures;
    } finally {
      await server.stop();
      data.remove();
    }
  },
};
