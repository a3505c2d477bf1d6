import type { Lane } from '../../../shared/src/index.js';
import type { Translate } from '../i18n/translate.js';

/** A lane's heading: its custom title, else the name of its kind in the reader's language. */
export function laneName(t: Translate, lane: Lane): string {
  const title = lane.title?.trim() ?? '';
  return title !== '' ? title : t(`lane.kind.${lane.kind}`);
}
