// The direction of imports, checked by `npm run lint` (see README, "How it fits together").
// Lowest first: api (documents, schemas, fetching) -> domain (pure functions) -> i18n (words)
// -> ui (primitives that take props) -> queries (filtered sets and loading states over the API's
// queries) -> features (none imports another) -> app (routes, pages, providers). A module may
// import its own layer and those below. scripts/ may read src/; src/ never reads scripts/.
// No cycles anywhere.
const layer = (name) => `^src/${name}/`;
const upward = (from, ...above) => ({
  name: `${from}-imports-upward`,
  comment: `src/${from}/ sits below ${above.join(', ')}: it may not import them`,
  severity: 'error',
  from: { path: layer(from) },
  to: { path: `^src/(${above.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle ties modules that should be able to change alone',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    upward('api', 'domain', 'i18n', 'ui', 'queries', 'features', 'app'),
    upward('domain', 'i18n', 'ui', 'queries', 'features', 'app'),
    upward('i18n', 'ui', 'queries', 'features', 'app'),
    upward('ui', 'queries', 'features', 'app'),
    upward('queries', 'features', 'app'),
    upward('features', 'app'),
    {
      name: 'ui-fetches-or-routes',
      comment: 'src/ui/ takes props and renders: no query, no router, no fetching at run time',
      severity: 'error',
      from: { path: layer('ui'), pathNot: '\\.test\\.tsx?$' },
      to: {
        path: ['^src/api/(?!vocabulary|schemas|documents)', '@tanstack/react-(router|query)'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'features-apart',
      comment: 'Features do not import each other; a page composes them through slots',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'src-reads-scripts',
      comment: 'The app never imports build scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist[^/]*|public|node_modules/\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
