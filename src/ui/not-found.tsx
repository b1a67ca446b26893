import { Link } from '@tanstack/react-router';
import { usePageTitle } from './page-title';

export function NotFound({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <section className="page page--narrow" aria-labelledby="page-title">
      <h1 id="page-title">Not found</h1>
      <p>There is no {what} at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/" className="button">
          Back to the map
        </Link>
      </p>
    </section>
  );
}
