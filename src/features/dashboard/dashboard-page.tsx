import { PlaceholderPage } from '../../ui/placeholder-page';

export function DashboardPage() {
  return (
    <PlaceholderPage title="Network in numbers">
      <p>
        Member organisations, active countries and ecosystem meetings per year, computed from the
        dataset for the filters you choose, beside the figures the network itself publishes.
      </p>
    </PlaceholderPage>
  );
}
