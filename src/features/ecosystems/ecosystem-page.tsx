import { Link, useParams } from '@tanstack/react-router';
import { ApiError } from '../../api/client';
import { useEcosystem } from '../../api/ecosystems';
import { Slug } from '../../api/schemas';
import { NotFound } from '../../ui/not-found';
import { usePageTitle } from '../../ui/page-title';
import { QueryBoundary } from '../../ui/query-boundary';

function EcosystemDetail({ id }: { id: string }) {
  const { ecosystem } = useEcosystem(id);
  usePageTitle(ecosystem.name);
  return (
    <article className="page page--narrow" aria-labelledby="page-title">
      <p>
        <Link to="/">Back to the map</Link>
      </p>
      <h1 id="page-title">{ecosystem.name}</h1>
      <p>
        {ecosystem.place} · {ecosystem.category}
      </p>
      <p>{ecosystem.description}</p>
    </article>
  );
}

export function EcosystemPage() {
  const { id } = useParams({ from: '/ecosystems/$id' });
  if (!Slug.safeParse(id).success) return <NotFound what="ecosystem" />;
  return (
    <QueryBoundary
      title="This ecosystem could not be loaded"
      renderError={(error) =>
        error instanceof ApiError && error.status === 404 ? <NotFound what="ecosystem" /> : null
      }
    >
      <EcosystemDetail id={id} />
    </QueryBoundary>
  );
}
