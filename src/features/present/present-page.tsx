import { Link } from '@tanstack/react-router';
import { PlaceholderPage } from '../../ui/placeholder-page';

export function PresentPage() {
  return (
    <PlaceholderPage title="Presenter mode">
      <p>Full-screen slides of the network in numbers, for a projector.</p>
      <p>
        <Link to="/dashboard">Go to the dashboard</Link>
      </p>
    </PlaceholderPage>
  );
}
