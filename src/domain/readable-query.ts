// A query string as the atlas writes it: URLSearchParams's encoding with a list's commas left
// readable (`country=denmark,spain`, not `denmark%2Cspain`).
export function readableQuery(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}
