// Builds the command line (`npx ita-ready`) into one Node module, so that it runs from the
// same lib/ sources as the extension without a TypeScript loader at run time.
import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

export default defineConfig({
  build: {
    ssr: 'cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, /^node:/, /^pdfjs-dist/, 'linkedom'],
      output: { entryFileNames: 'ita-ready.mjs', format: 'es' },
    },
  },
  ssr: { noExternal: ['zod'] },
});
