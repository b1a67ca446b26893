import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// Route chunks load lazily; the first import of a page can take more than a second in CI.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => server.close());

// jsdom does not lay out, so it has no scrolling methods; browsers do. (Tests of the pure
// layers run in Node, with no DOM at all.)
if (typeof window !== 'undefined') {
  Element.prototype.scrollIntoView = function scrollIntoView() {
    // no layout to scroll in jsdom
  };
  window.scrollTo = () => undefined;
}
