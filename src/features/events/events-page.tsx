import { PlaceholderPage } from '../../ui/placeholder-page';

export function EventsPage() {
  return (
    <PlaceholderPage title="Ecosystem gatherings">
      <p>
        Every ecosystem meets at least four times a year. The calendar of gatherings, with downloads
        for your calendar app, is on its way.
      </p>
    </PlaceholderPage>
  );
}
