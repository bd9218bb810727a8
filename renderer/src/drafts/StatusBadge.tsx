import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '../../../shared/article/draft';

export function StatusBadge({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-testid="draft-status">
      {t(`status.${status}`)}
    </span>
  );
}
