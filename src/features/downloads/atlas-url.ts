/** The address of an ecosystem's page in this atlas, as the visitor reaches the site. */
export const atlasUrl = (id: string): string =>
  new URL(`${import.meta.env.BASE_URL}ecosystems/${encodeURIComponent(id)}`, window.location.origin)
    .href;
