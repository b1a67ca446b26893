// Every row of LIST_FILTERS reaches the explorer's panel, the dashboard's bar and an embed's
// title: the tests loop over the rows, so a new row is covered without a new test.
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../src/api/query-client';
import { emptyFacets, type Facets } from '../src/domain/filters';
import { LIST_FILTERS, selectedIn, type AnyListFilter } from '../src/domain/list-filters';
import { EMPTY_FILTERS, type Filters } from '../src/domain/url-state';
import { FilterBar } from '../src/features/filters/filter-bar';
import { FilterPanel } from '../src/features/filters/filter-panel';
import { describeFilters } from '../src/ui/embed-title';
import { testI18n } from './test-utils';

const rows: readonly AnyListFilter[] = LIST_FILTERS;
const i18n = testI18n('en');
const t = i18n.t;

/** Two ecosystems with each row's first option, one with its second. */
function facets(): Facets {
  const counts = emptyFacets();
  for (const filter of rows) {
    const [first, second] = filter.options;
    if (first) counts[filter.field].set(first, 2);
    if (second) counts[filter.field].set(second, 1);
  }
  return counts;
}

function renderWith(ui: React.ReactElement) {
  return render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
    </QueryClientProvider>,
  );
}

describe.each(rows.map((filter) => [filter.field, filter] as const))(
  'the %s filter',
  (_field, filter) => {
    const title = t(filter.titleKey);
    const [first = '', second = ''] = filter.options;

    it('is a group of checkboxes in the explorer panel, with counts, that sets its field', async () => {
      const onChange = vi.fn<(next: Filters) => void>();
      renderWith(
        <FilterPanel
          filters={EMPTY_FILTERS}
          facets={facets()}
          locations={[]}
          onChange={onChange}
        />,
      );
      const group = await screen.findByRole('group', { name: title });
      const box = within(group).getByRole('checkbox', {
        name: new RegExp(`^${t(filter.labelKey(second))}\\W+1\\b`),
      });
      await userEvent.setup().click(box);
      const next = onChange.mock.lastCall?.[0];
      expect(next && selectedIn(next, filter)).toEqual([second]);
      // Options nobody has are hidden only where the row says so.
      const shown = within(group).getAllByRole('checkbox').length;
      expect(shown).toBe(filter.hideEmpty ? 2 : filter.options.length);
    });

    it('is a menu of the dashboard bar that counts what is chosen', () => {
      renderWith(
        <FilterBar
          filters={{ ...EMPTY_FILTERS, [filter.field]: [first, second] }}
          facets={facets()}
          locations={[]}
          onChange={vi.fn()}
        />,
      );
      const bar = screen.getByRole('group', { name: 'Filters' });
      const menu = within(bar).getByText(
        (_, element) => element?.tagName === 'SUMMARY' && element.textContent.startsWith(title),
      );
      expect(menu).toHaveTextContent(`${title} (2)`);
      expect(
        within(bar).getByRole('checkbox', { name: new RegExp(t(filter.labelKey(first))) }),
      ).toBeChecked();
    });

    it('names its choice in an embed title, in the embed language', () => {
      const chosen: Filters = { ...EMPTY_FILTERS, [filter.field]: [first] };
      expect(describeFilters(chosen, [], t)).toBe(t(filter.labelKey(first)));
      const danish = testI18n('da').t;
      expect(describeFilters(chosen, [], danish)).toBe(danish(filter.labelKey(first)));
      expect(danish(filter.labelKey(first))).not.toBe(t(filter.labelKey(first)));
    });
  },
);
