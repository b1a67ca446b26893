// What changed in the data, newest first, with the feeds to follow it.
import { useTranslation } from 'react-i18next';
import { ChangesView } from '../../features/changes/changes-view';
import { QueryBoundary } from '../../queries/query-boundary';
import { usePageTitle } from '../../ui/page-title';

export function ChangesPage() {
  const { t } = useTranslation();
  usePageTitle(t('changes.title'));
  return (
    <div className="page page--narrow">
      <h1 id="page-title">{t('changes.title')}</h1>
      <p className="lead">{t('changes.lead')}</p>
      <QueryBoundary title={t('changes.failed')} loadingLabel={t('changes.loading')}>
        <ChangesView />
      </QueryBoundary>
    </div>
  );
}
