import { http } from 'msw';
import { API, serveApiFile } from '../api-files';

export const statsHandlers = [http.get(`${API}/stats.json`, () => serveApiFile('stats.json'))];
