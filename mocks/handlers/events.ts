import { http } from 'msw';
import { API, serveApiFile } from '../api-files';

export const eventsHandlers = [http.get(`${API}/events.json`, () => serveApiFile('events.json'))];
