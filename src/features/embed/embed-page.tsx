import { PlaceholderPage } from '../../ui/placeholder-page';

export function EmbedPage() {
  return (
    <PlaceholderPage title="Embedded map">
      <p>A map of the ecosystems without the site around it, to place in another page.</p>
    </PlaceholderPage>
  );
}
