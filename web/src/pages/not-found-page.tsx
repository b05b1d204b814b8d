import { Link, usePageTitle } from '../router.js';

export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <div className="panel">
      <h1>There is no such page</h1>
      <p>
        <Link to="/">Go to the pipeline</Link>
      </p>
    </div>
  );
}
