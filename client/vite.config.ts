import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Where `npm start` runs the API during development (`vite` proxies to it). */
const API_TARGET = process.env.API_TARGET ?? 'http://127.0.0.1:4300';

/** issue 3: the JavaScript a first visit downloads stays under this, gzip-compressed. */
const INITIAL_JS_LIMIT_KB = 250;

const GENERATED_TYPES = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/**
 * Replaces each `graphql(\`…\`)` call with an import of that one document
 * from the generated src/gql/graphql.ts (`MeDocument`, `MeFieldsFragmentDoc`),
 * as the codegen client preset's babel plugin does. Without it every page
 * would go through gql.ts, whose map holds every document of the app, and
 * all of them would land in the initial bundle. Tests (jest) keep the
 * plain `graphql()` calls, which return the same objects.
 */
function graphqlDocumentImports(): Plugin {
  const call = /\bgraphql\(\s*`([\s\S]*?)`\s*,?\s*\)/g;
  const gqlImport = /^import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*\/gql['"];?\s*$/m;
  return {
    name: 'support:graphql-document-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/(?!gql\/).*\.tsx?$/.test(id) || !gqlImport.test(code)) return null;
      const names = new Set<string>();
      const replaced = code.replace(call, (_match, source: string) => {
        const definition = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(source);
        if (!definition) this.error(`A graphql() document without a name in ${id}`);
        const name =
          definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`;
        names.add(name);
        return `__gql_${name}`;
      });
      const imports = [...names].map((name) => `${name} as __gql_${name}`).join(', ');
      return {
        code: replaced.replace(
          gqlImport,
          `import { ${imports} } from ${JSON.stringify(GENERATED_TYPES)};`,
        ),
        map: null,
      };
    },
  };
}

/**
 * Prints the size of the JavaScript a first visit loads (the entry chunk
 * and every chunk it imports statically, each gzip-compressed) and fails
 * the build above INITIAL_JS_LIMIT_KB. Lazy route chunks do not count.
 */
function initialBundleBudget(): Plugin {
  return {
    name: 'support:initial-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry || entry.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (seen.has(fileName) || !chunk || chunk.type !== 'chunk') return;
        seen.add(fileName);
        chunk.imports.forEach(visit);
      };
      visit(entry.fileName);
      const bytes = [...seen].reduce((sum, fileName) => {
        const chunk = bundle[fileName];
        return chunk.type === 'chunk' ? sum + gzipSync(chunk.code).length : sum;
      }, 0);
      const kb = bytes / 1024;
      const line = `initial JS: ${kb.toFixed(1)} KB gzip (limit ${INITIAL_JS_LIMIT_KB} KB)`;
      // Printed on stdout, not through this.info, so it shows without --debug.
      // eslint-disable-next-line no-console -- the build's report of the budget
      console.log(`\n${line}`);
      if (kb > INITIAL_JS_LIMIT_KB) this.error(`${line}: over the budget`);
    },
  };
}

/**
 * Builds the SPA into client/dist, which the server serves on its one port.
 * `@support/shared` is compiled from its TypeScript source, so the client
 * never depends on a stale shared/dist.
 */
export default defineConfig({
  plugins: [graphqlDocumentImports(), react(), initialBundleBudget()],
  resolve: {
    alias: {
      '@support/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // GraphiQL and its Monaco editor are large lazy chunks, loaded only by /explorer.
    chunkSizeWarningLimit: 3000,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': { target: API_TARGET, ws: true },
      '/attachments': { target: API_TARGET },
      '/schema.graphql': { target: API_TARGET },
    },
  },
});
