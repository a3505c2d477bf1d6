import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT.js';
import type { VisibilityLineNode } from '../canvasNodes.js';

/** The line of visibility of a service blueprint: above it the customer sees, below it happens backstage. */
function VisibilityLine({ data }: NodeProps<VisibilityLineNode>) {
  const t = useT();
  return (
    <div className="visibility-line" data-testid="line-of-visibility" style={{ width: data.width }}>
      <span className="visibility-line__label">
        <span aria-hidden="true">▲</span> {t('visibility.above')}
        <strong>{t('visibility.line')}</strong>
        {t('visibility.below')} <span aria-hidden="true">▼</span>
      </span>
    </div>
  );
}

export const VisibilityLineNodeView = memo(VisibilityLine);
