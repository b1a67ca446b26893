import { PlaceholderPage } from '../../ui/placeholder-page';

export function ComparePage() {
  return (
    <PlaceholderPage title="Compare ecosystems">
      <p>Two to four ecosystems side by side.</p>
    </PlaceholderPage>
  );
}
