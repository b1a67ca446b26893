// /compare?ids=a,b[,c,d]: ecosystems side by side; ids the atlas does not know, repeats and
// any past the fourth are dropped from the link with a notice.
import { useTranslation } from 'react-i18next';
import { Comparison } from '../../features/compare/comparison';
import { FilterNotice } from '../../ui/filter-notice';
import { QueryBoundary } from '../../queries/query-boundary';
import { useCompareIds } from '../route-state';
import './compare-page.css';

export function ComparePage() {
  const { t } = useTranslation();
  const { ids, setIds, notice, dismissNotice } = useCompareIds();
  const dropped = notice.map(({ value, reason }) => ({
    value,
    reason: t(`compare.reason.${reason}`),
  }));
  return (
    <section className="page page--wide compare-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('pages.compare.title')}</h1>
      <p className="lead">{t('pages.compare.lead')}</p>
      <FilterNotice dropped={dropped} onDismiss={dismissNotice} message={t('compare.dropped')} />
      <QueryBoundary
        title={t('pages.load.ecosystemsFailed')}
        loadingLabel={t('pages.load.ecosystemsLoading')}
      >
        <Comparison ids={ids} onChange={setIds} />
      </QueryBoundary>
    </section>
  );
}
