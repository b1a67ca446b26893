import type { EcosystemSummary } from '../../../api/documents';
import { describeCoverage } from '../../../domain/headline';
import { coverage, publishedMemberCounts } from '../../../domain/stats';
import { DataTable } from '../../../ui/data-table';
import { formatFigure, formatPartialDate } from '../../../ui/format';
import { ChartCard } from '../chart-card';
import { HorizontalBars } from '../../../ui/charts/horizontal-bars';
import { SERIES } from '../../../ui/charts/palette';

/** Bars drawn; the table lists every ecosystem that publishes a count. */
const TOP = 12;

/** Member counts as each ecosystem publishes them: one bar per sourced figure. */
export function MemberCountsChart({
  ecosystems,
}: {
  ecosystems: readonly Pick<EcosystemSummary, 'name' | 'figures' | 'sources'>[];
}) {
  const rows = publishedMemberCounts(ecosystems).map((ecosystem) => {
    const figure = ecosystem.figures.memberOrganisations;
    const source = ecosystem.sources.find((candidate) => candidate.id === figure?.source);
    const date = figure?.asOf ?? source?.published;
    return {
      label: ecosystem.name,
      value: figure?.value ?? 0,
      published: figure ? formatFigure(figure) : '',
      counts: figure?.counts ?? 'member organisations',
      source: source ? `${source.title} (${date ? formatPartialDate(date) : 'undated'})` : '',
    };
  });
  const cover = coverage(ecosystems, 'memberOrganisations');
  const first = rows[0];
  return (
    <ChartCard
      title="Member organisations, as each ecosystem publishes them"
      takeaway={
        first
          ? `${cover.covered} of ${cover.of} ecosystems publish a count of their organisations, each counting in its own terms; the largest: ${first.label}, ${first.published}.` +
            (rows.length > TOP ? ` Top ${TOP} shown; the table lists all ${rows.length}.` : '')
          : `No member count is published: ${describeCoverage(cover)}.`
      }
      chart={
        <HorizontalBars
          data={rows.slice(0, TOP)}
          name="Member organisations (published)"
          color={SERIES.members}
          labelWidth={220}
        />
      }
      table={
        <DataTable
          caption="Member organisations as published, with what each count covers and its source"
          columns={[
            { key: 'label', label: 'Ecosystem' },
            { key: 'published', label: 'Published count', numeric: true },
            { key: 'counts', label: 'What it counts' },
            { key: 'source', label: 'Source' },
          ]}
          rows={rows}
        />
      }
    />
  );
}
