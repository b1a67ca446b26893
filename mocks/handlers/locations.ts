import { http } from 'msw';
import { API, serveApiFile } from '../api-files';

export const locationsHandlers = [
  http.get(`${API}/locations.json`, () => serveApiFile('locations.json')),
];
