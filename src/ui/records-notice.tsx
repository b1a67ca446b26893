import { useState } from 'react';

/** Says how many records were skipped because they were broken; the rest of the page works. */
export function RecordsNotice({ rejected }: { rejected: number }) {
  const [dismissed, setDismissed] = useState(false);
  if (rejected === 0 || dismissed) return null;
  return (
    <div className="notice" role="status">
      <p>
        {rejected === 1 ? '1 record could not be shown' : `${rejected} records could not be shown`}{' '}
        because {rejected === 1 ? 'it is' : 'they are'} incomplete or invalid. Everything else is
        shown.
      </p>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
