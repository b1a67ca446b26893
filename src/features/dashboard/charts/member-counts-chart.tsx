import { useTranslation } from 'react-i18next';
import type { EcosystemSummary } from '../../../api/documents';
import { coverageKind } from '../../../domain/headline';
import { coverage, publishedMemberCounts } from '../../../domain/stats';
import { useFormat } from '../../../i18n/format';
import { DataTable } from '../../../ui/data-table';
import { ChartCard } from '../chart-card';
import { LazyHorizontalBars as HorizontalBars } from '../../../ui/charts/lazy-charts';
import { SERIES } from '../../../ui/charts/palette';
import type { ChartEntry } from '../chart-entry';

/** Bars drawn; the table lists every ecosystem that publishes a count. */
const TOP = 12;

/** Member counts as each ecosystem publishes them: one bar per sourced figure. */
export function MemberCountsChart({
  ecosystems,
}: {
  ecosystems: readonly Pick<EcosystemSummary, 'name' | 'figures' | 'sources'>[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = publishedMemberCounts(ecosystems).map((ecosystem) => {
    const figure = ecosystem.figures.memberOrganisations;
    const source = ecosystem.sources.find((candidate) => candidate.id === figure?.source);
    const date = figure?.asOf ?? source?.published;
    return {
      label: ecosystem.name,
      value: figure?.value ?? 0,
      published: figure ? format.figure(figure) : '',
      // What the count covers is data, in its source's own words.
      counts: figure?.counts ?? t('dashboard.members.defaultCounts'),
      source: source
        ? date
          ? t('dashboard.members.sourceDated', {
              title: source.title,
              date: format.partialDate(date),
            })
          : t('dashboard.members.sourceUndated', { title: source.title })
        : '',
    };
  });
  const cover = coverage(ecosystems, 'memberOrganisations');
  const first = rows[0];
  const takeaway = first
    ? [
        t('dashboard.members.takeaway', {
          covered: cover.covered,
          of: cover.of,
          name: first.label,
          published: first.published,
        }),
        rows.length > TOP && t('dashboard.members.more', { top: TOP, count: rows.length }),
      ]
        .filter(Boolean)
        .join(' ')
    : t('dashboard.members.none', {
        coverage: t(`coverage.${coverageKind(cover)}`, {
          count: cover.of,
          covered: cover.covered,
        }),
      });
  return (
    <ChartCard
      embed={memberCountsChart}
      title={t(memberCountsChart.titleKey)}
      takeaway={takeaway}
      chart={
        <HorizontalBars
          data={rows.slice(0, TOP)}
          name={t('dashboard.members.series')}
          color={SERIES.members}
          labelWidth={220}
        />
      }
      table={
        <DataTable
          caption={t('dashboard.members.caption')}
          columns={[
            { key: 'label', label: t('dashboard.members.ecosystem') },
            { key: 'published', label: t('dashboard.members.published'), numeric: true },
            { key: 'counts', label: t('dashboard.members.counts') },
            { key: 'source', label: t('dashboard.members.source') },
          ]}
          rows={rows}
        />
      }
    />
  );
}

export const memberCountsChart = {
  name: 'member-counts',
  titleKey: 'dashboard.members.title',
  source: 'published',
  render: ({ ecosystems }) => <MemberCountsChart ecosystems={ecosystems} />,
} as const satisfies ChartEntry;
