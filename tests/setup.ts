import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => server.close());

// jsdom does not lay out, so it has no scrolling methods; browsers do.
Element.prototype.scrollIntoView = function scrollIntoView() {
  // no layout to scroll in jsdom
};
window.scrollTo = () => undefined;
