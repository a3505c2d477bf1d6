import automotive from '../../shared/src/templates/automotive.json' with { type: 'json' };
import blank from '../../shared/src/templates/blank.json' with { type: 'json' };
import mobileNetwork from '../../shared/src/templates/mobile-network.json' with { type: 'json' };
import { validateMapDocument, type MapDocument } from '../../shared/src/index.js';

export const TEMPLATE_IDS = ['blank', 'automotive', 'mobile-network'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const sources: Record<TemplateId, unknown> = { blank, automotive, 'mobile-network': mobileNetwork };

/** A template as a validated map document (a fresh copy each call). */
export function templateMap(id: TemplateId): MapDocument {
  const result = validateMapDocument(structuredClone(sources[id]));
  if (!result.ok) throw new Error(`template ${id} is invalid: ${JSON.stringify(result.problems)}`);
  return result.map;
}
