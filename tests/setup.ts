// Component test files (jsdom) also get Testing Library's matchers and what jsdom lacks.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Route chunks load lazily; the first import of a page can take more than a second in CI.
configure({ asyncUtilTimeout: 5000 });

// jsdom does not lay out, so it has no scrolling methods; browsers do.
Element.prototype.scrollIntoView = function scrollIntoView() {
  // no layout to scroll in jsdom
};
window.scrollTo = () => undefined;
