import { setupServer } from 'msw/node';
import { ecosystemsHandlers } from './handlers/ecosystems';
import { eventsHandlers } from './handlers/events';
import { locationsHandlers } from './handlers/locations';
import { statsHandlers } from './handlers/stats';

export const handlers = [
  ...locationsHandlers,
  ...ecosystemsHandlers,
  ...statsHandlers,
  ...eventsHandlers,
];

export const server = setupServer(...handlers);
