import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import type { Insights } from '../../../shared/src/index.js';
import { I18nContext } from '../i18n/I18nContext.js';
import type { Language, Translate } from '../i18n/translate.js';
import { PriorityMatrix } from '../measurements/PriorityMatrix.js';
import { WhiteSpotChart } from './WhiteSpotChart.js';

/** Chart sizes in CSS pixels, chosen for the boxes of the PDF's first page. */
export const PDF_MATRIX = { width: 780, height: 500 };
export const PDF_WHITE_SPOTS = { width: 420, height: 200 };

/**
 * Renders a chart off screen at a fixed size and returns a copy of its SVG, so that the PDF looks
 * the same whatever the size of the reader's window.
 */
async function renderSvg(node: ReactNode, width: number, t: Translate, language: Language): Promise<SVGSVGElement | null> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;`;
  document.body.append(holder);
  const root = createRoot(holder);
  root.render(<I18nContext.Provider value={{ language, setLanguage: () => {}, t }}>{node}</I18nContext.Provider>);
  try {
    // The responsive chart draws once it has measured its box: a frame or two.
    for (let frame = 0; frame < 120; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const svg = holder.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (svg && Number(svg.getAttribute('width')) > 0 && svg.querySelector('.recharts-layer')) {
        return svg.cloneNode(true) as SVGSVGElement;
      }
    }
    return null;
  } finally {
    root.unmount();
    holder.remove();
  }
}

/** The priority matrix and the white-spot chart for the PDF. */
export async function pdfCharts(insights: Insights, t: Translate, language: Language) {
  const matrix = await renderSvg(
    <PriorityMatrix touchpoints={insights.touchpoints} csiTarget={insights.settings.csiTarget} height={PDF_MATRIX.height} />,
    PDF_MATRIX.width,
    t,
    language,
  );
  const whiteSpots = await renderSvg(
    <WhiteSpotChart byKind={insights.summary.whiteSpotsByKind} height={PDF_WHITE_SPOTS.height} />,
    PDF_WHITE_SPOTS.width,
    t,
    language,
  );
  return { matrix, whiteSpots };
}
