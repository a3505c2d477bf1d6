import { useId, useMemo } from 'react';
import { compareMaps, type CsiSnapshot, type MapDocument } from '../../../shared/src/index.js';
import type { VersionDetail, VersionSummary } from '../api/versionsApi.js';
import { formatChangedAt } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';
import { ComparisonView } from './ComparisonView.js';
import { CompareIcon } from './historyIcons.js';
import type { ComparePair } from './useMapHistory.js';
import { useVersionDetail } from './useVersionDetail.js';

interface ComparisonDialogProps {
  pair: ComparePair;
  versions: VersionSummary[];
  load: (versionId: string) => Promise<VersionDetail>;
  /** The live map and its CSI now (null while the measurements load). */
  current: MapDocument;
  currentCsi: CsiSnapshot | null;
  onChange: (pair: ComparePair) => void;
  onClose: () => void;
}

/** Compares a version with the live map or with another version, both chosen here. */
export function ComparisonDialog({ pair, versions, load, current, currentCsi, onChange, onClose }: ComparisonDialogProps) {
  const t = useT();
  const id = useId();
  const { language } = useLanguage();
  const from = useVersionDetail(load, pair.from);
  const to = useVersionDetail(load, pair.to === 'current' ? null : pair.to);
  const live = pair.to === 'current';
  const after = useMemo(() => (live ? { map: current, csi: currentCsi } : to.detail), [live, current, currentCsi, to.detail]);
  const comparison = useMemo(
    () => (from.detail && after ? compareMaps(from.detail.map, after.map, from.detail.csi, after.csi) : null),
    [from.detail, after],
  );
  const error = from.error ?? to.error;
  const option = (version: VersionSummary) => (
    <option key={version.id} value={version.id}>
      {version.name} · {formatChangedAt(version.createdAt, language)}
    </option>
  );

  return (
    <Dialog
      title={t('history.compare.dialogTitle')}
      testId="compare-dialog"
      className="compare-dialog"
      onConfirm={onClose}
      onCancel={onClose}
      actions={
        <button type="submit" className="button button--primary" data-testid="close-compare">
          {t('history.compare.close')}
        </button>
      }
    >
      <div className="compare-pick">
        <label htmlFor={`${id}-from`}>{t('history.compare.from')}</label>
        <select
          id={`${id}-from`}
          className="select"
          data-testid="compare-from"
          value={pair.from}
          onChange={(event) => onChange({ ...pair, from: event.target.value })}
        >
          {versions.map(option)}
        </select>
        <button
          type="button"
          className="icon-button"
          data-testid="compare-swap"
          aria-label={t('history.compare.swap')}
          title={t('history.compare.swap')}
          disabled={pair.to === 'current'}
          onClick={() => pair.to !== 'current' && onChange({ from: pair.to, to: pair.from })}
        >
          <CompareIcon />
        </button>
        <label htmlFor={`${id}-to`}>{t('history.compare.to')}</label>
        <select
          id={`${id}-to`}
          className="select"
          data-testid="compare-to"
          value={pair.to}
          onChange={(event) => onChange({ ...pair, to: event.target.value })}
        >
          <option value="current">{t('history.compare.now')}</option>
          {versions.map(option)}
        </select>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {t('history.compare.failed', { message: error })}
        </p>
      ) : comparison && from.detail && after ? (
        <ComparisonView comparison={comparison} before={from.detail.map} after={after.map} />
      ) : (
        <p className="muted" role="status">
          {t('history.loading')}
        </p>
      )}
    </Dialog>
  );
}
