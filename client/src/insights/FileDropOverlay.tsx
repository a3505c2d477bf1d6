import { useT } from '../i18n/useT.js';
import { UploadIcon } from '../ui/icons.js';
import './insightDialogs.css';

/** Shown over the map while a file is dragged over it: dropping it imports measurements. */
export function FileDropOverlay() {
  const t = useT();
  return (
    <div className="file-drop-overlay" data-testid="file-drop-overlay" aria-hidden="true">
      <div className="file-drop-overlay__box">
        <span className="file-drop-overlay__icon">
          <UploadIcon size={34} />
        </span>
        <p className="file-drop-overlay__title">{t('overlay.dropTitle')}</p>
        <p className="file-drop-overlay__text">{t('overlay.dropText')}</p>
      </div>
    </div>
  );
}
