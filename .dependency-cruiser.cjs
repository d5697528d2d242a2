/**
 * Which way imports in src/ may point (`npm run deps`, part of `npm run lint`): no module reaches
 * itself through its imports, type imports included, and the typed logic in src/lib never
 * imports a view from src/components or the content's wiring (src/content.config.ts).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports: pull what both sides need into a module of its own, so that imports point one way.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-not-components',
      severity: 'error',
      comment: 'src/lib is plain typed logic: it does not import views.',
      from: { path: '^src/lib/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'lib-not-content',
      severity: 'error',
      comment: 'src/lib holds the content schemas and the logic; src/content holds the data and imports from src/lib, never the other way.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(content/|content\\.config)' },
    },
    {
      name: 'kit-not-tools',
      severity: 'error',
      comment:
        "The kit (src/components/tools) serves every tool: it does not import one tool's types or views; what one tool's views share lives in that tool's folder.",
      from: { path: '^src/components/tools/' },
      to: { path: '^src/(lib|components)/(scan|schoolscan|werkblad)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle of types is a circle all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
