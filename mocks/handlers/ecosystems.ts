import { http } from 'msw';
import { API, serveApiFile } from '../api-files';

export const ecosystemsHandlers = [
  http.get(`${API}/ecosystems.json`, () => serveApiFile('ecosystems.json')),
  http.get(`${API}/ecosystems/:file`, ({ params }) =>
    serveApiFile(`ecosystems/${String(params.file).replace(/[^\w.-]/g, '_')}`),
  ),
];
