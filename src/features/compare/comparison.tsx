// /compare: two to four ecosystems side by side, or how to choose them.
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useEcosystems } from '../../api/ecosystems';
import { useLocations } from '../../api/locations';
import { serialiseCompareIds } from '../../domain/url-state';
import { useFormat } from '../../i18n/format';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../queries/query-boundary';
import { CompareList } from './compare-list';
import { ComparePicker } from './compare-picker';
import { CompareTable } from './compare-table';
import { DiffersLegend } from './row-label';
import { useComparison, useKnownIds } from './use-comparison';
import { byId } from '../../domain/lookup';

function SideBySide({ ids, onChange }: { ids: string[]; onChange: (ids: string[]) => void }) {
  const { ecosystems, rows } = useComparison(ids);
  const onRemove = (id: string) => onChange(ids.filter((other) => other !== id));
  return (
    <>
      <DiffersLegend />
      <CompareTable ecosystems={ecosystems} rows={rows} onRemove={onRemove} />
      <CompareList ecosystems={ecosystems} rows={rows} onRemove={onRemove} />
    </>
  );
}

export function Comparison({
  ids: asked,
  onChange,
}: {
  ids: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ecosystems } = useEcosystems();
  const { locations } = useLocations();
  const ids = useKnownIds(asked);
  const locationsById = useMemo(() => byId(locations), [locations]);
  const names = ids.map((id) => ecosystems.find((ecosystem) => ecosystem.id === id)?.name ?? id);
  usePageTitle(
    ids.length >= 2
      ? t('compare.pageTitleNamed', {
          names: new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(names),
        })
      : t('pages.compare.title'),
  );
  // The picker keeps its place whatever is above it, so a checkbox keeps focus when the
  // second ecosystem turns the explanation into the comparison.
  return (
    <>
      {ids.length < 2 ? (
        <div className="compare-intro">
          <p>
            <Trans
              i18nKey="compare.intro"
              components={{ map: <Link to="/" search={{ compare: serialiseCompareIds(ids) }} /> }}
            />
          </p>
          {names[0] !== undefined && <p>{t('compare.oneChosen', { name: names[0] })}</p>}
        </div>
      ) : (
        <QueryBoundary title={t('compare.failed')} loadingLabel={t('compare.loading')}>
          <SideBySide ids={ids} onChange={onChange} />
        </QueryBoundary>
      )}
      <ComparePicker
        ecosystems={ecosystems}
        locationsById={locationsById}
        chosen={ids}
        onChange={onChange}
      />
    </>
  );
}
