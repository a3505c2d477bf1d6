import { effectiveLanes, type CollectionDiff, type MapComparison, type MapDocument } from '../../../shared/src/index.js';
import { formatEmotion } from '../canvas/emotionScale.js';
import type { MessageKey } from '../i18n/en.js';
import { useT } from '../i18n/useT.js';
import { COMPARED_COLLECTIONS, comparisonCounts, fieldName, fieldValue, formatDelta, type ComparedCollection } from './comparisonText.js';

const SECTION_TITLES: Record<ComparedCollection, MessageKey> = {
  touchpoints: 'history.compare.touchpoints',
  phases: 'history.compare.phases',
  personas: 'history.compare.personas',
  measures: 'history.compare.measures',
  cards: 'history.compare.cards',
  lanes: 'history.compare.lanes',
};

interface ComparisonViewProps {
  comparison: MapComparison;
  before: MapDocument;
  after: MapDocument;
}

/** What changed between two sides, readably: counts first, then each kind of thing. */
export function ComparisonView({ comparison, before, after }: ComparisonViewProps) {
  const t = useT();
  const counts = comparisonCounts(comparison);
  const csiChanges = comparison.csi?.changes ?? [];
  const nothing =
    counts.added + counts.removed + counts.changed + comparison.emotions.length + csiChanges.length + comparison.settings.length === 0 &&
    comparison.title === null &&
    COMPARED_COLLECTIONS.every((c) => !comparison[c].reordered);
  if (nothing) return <p className="compare-none" data-testid="compare-none">{t('history.compare.none')}</p>;

  return (
    <div className="compare" data-testid="comparison">
      <ul className="compare-summary" data-testid="compare-summary">
        <li className="compare-chip compare-chip--added">{t('history.compare.addedCount', { count: counts.added })}</li>
        <li className="compare-chip compare-chip--removed">{t('history.compare.removedCount', { count: counts.removed })}</li>
        <li className="compare-chip">{t('history.compare.changedCount', { count: counts.changed })}</li>
        <li className="compare-chip">{t('history.compare.emotionCount', { count: comparison.emotions.length })}</li>
        {comparison.csi && <li className="compare-chip">{t('history.compare.csiCount', { count: csiChanges.length })}</li>}
      </ul>
      {comparison.title && (
        <p className="compare-title" data-testid="compare-title">
          {t('history.compare.title', { before: comparison.title.before, after: comparison.title.after })}
        </p>
      )}
      {COMPARED_COLLECTIONS.map((collection) => (
        <CollectionSection key={collection} collection={collection} diff={comparison[collection]} maps={[after, before]} />
      ))}
      {comparison.emotions.length > 0 && (
        <section className="compare-section">
          <h3>{t('history.compare.emotions')}</h3>
          <table className="compare-table">
            <tbody>
              {comparison.emotions.map((change) => (
                <ValueRow
                  key={`${change.touchpointId}:${change.personaId}`}
                  testId="compare-emotion"
                  touchpointId={change.touchpointId}
                  name={change.touchpoint}
                  who={change.persona || t('persona.unnamed')}
                  before={change.before === null ? t('history.value.none') : formatEmotion(change.before)}
                  after={change.after === null ? t('history.value.none') : formatEmotion(change.after)}
                  delta={change.delta}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {comparison.csi && csiChanges.length > 0 && (
        <section className="compare-section">
          <h3>
            {t('history.compare.csi', {
              before: comparison.csi.periodBefore ?? t('history.value.none'),
              after: comparison.csi.periodAfter ?? t('history.value.none'),
            })}
          </h3>
          <table className="compare-table">
            <tbody>
              {csiChanges.map((change) => (
                <ValueRow
                  key={change.touchpointId}
                  testId="compare-csi"
                  touchpointId={change.touchpointId}
                  name={change.touchpoint}
                  before={change.before === null ? t('history.value.unmeasured') : String(change.before)}
                  after={change.after === null ? t('history.value.unmeasured') : String(change.after)}
                  delta={change.delta}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {comparison.settings.length > 0 && (
        <section className="compare-section">
          <h3>{t('history.compare.settings')}</h3>
          <ul className="compare-list">
            {comparison.settings.map((change) => (
              <li key={change.field}>
                {fieldName(change.field, t)}: {fieldValue(change.field, change.before, t, [])} → {fieldValue(change.field, change.after, t, [])}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function CollectionSection({ collection, diff, maps }: { collection: ComparedCollection; diff: CollectionDiff<string>; maps: MapDocument[] }) {
  const t = useT();
  if (diff.added.length + diff.removed.length + diff.changed.length === 0 && !diff.reordered) return null;
  const label = ({ id, label: text }: { id: string; label: string }) => {
    if (collection === 'lanes') {
      // A lane without a title of its own is named by its kind, in the reader's language.
      const lane = maps.flatMap((map) => effectiveLanes(map)).find((l) => l.id === id);
      if (lane && lane.title === undefined) return t(`lane.kind.${lane.kind}`);
    }
    return text.trim() === '' ? t('history.value.untitled') : text;
  };
  return (
    <section className="compare-section" data-testid={`compare-${collection}`}>
      <h3>{t(SECTION_TITLES[collection])}</h3>
      <ul className="compare-list">
        {diff.added.map((item) => (
          <li key={`+${item.id}`} className="compare-list__added" data-testid="compare-added" data-id={item.id}>
            <span className="compare-mark" aria-hidden="true">+</span> {label(item)}
            <span className="visually-hidden"> {t('history.compare.added')}</span>
          </li>
        ))}
        {diff.removed.map((item) => (
          <li key={`-${item.id}`} className="compare-list__removed" data-testid="compare-removed" data-id={item.id}>
            <span className="compare-mark" aria-hidden="true">−</span> {label(item)}
            <span className="visually-hidden"> {t('history.compare.removed')}</span>
          </li>
        ))}
        {diff.changed.map((item) => (
          <li key={`~${item.id}`} className="compare-list__changed" data-testid="compare-changed" data-id={item.id}>
            <span className="compare-mark" aria-hidden="true">~</span> {label(item)}
            <ul className="compare-fields">
              {item.changes.map((change) => (
                <li key={change.field}>
                  <span className="compare-fields__name">{fieldName(change.field, t)}</span>{' '}
                  {fieldValue(change.field, change.before, t, maps)} → {fieldValue(change.field, change.after, t, maps)}
                </li>
              ))}
            </ul>
          </li>
        ))}
        {diff.reordered && <li className="compare-list__moved">{t('history.compare.reordered')}</li>}
      </ul>
    </section>
  );
}

interface ValueRowProps {
  testId: string;
  touchpointId: string;
  /** The touchpoint's title. */
  name: string;
  /** Whose value it is (a persona's emotion); absent for a CSI. */
  who?: string;
  before: string;
  after: string;
  delta: number | null;
}

/** One touchpoint's value on both sides, with the difference marked ▲ or ▼. */
function ValueRow({ testId, touchpointId, name, who, before, after, delta }: ValueRowProps) {
  const t = useT();
  return (
    <tr data-testid={testId} data-touchpoint-id={touchpointId}>
      <td>{name || t('touchpoint.untitled')}</td>
      {who !== undefined && <td className="compare-table__who">{who}</td>}
      <td className="compare-table__values">
        {before} → {after}
      </td>
      <td className={`compare-delta${delta === null ? '' : delta > 0 ? ' is-up' : ' is-down'}`}>{delta === null ? '' : formatDelta(delta)}</td>
    </tr>
  );
}
