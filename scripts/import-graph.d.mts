// Types of import-graph.mjs for the TypeScript tests.
export const ROOT: string;
export interface ImportEdge {
  /** The importing file, relative to the repository. */
  file: string;
  specifier: string;
  /** The local file imported (relative to the repository), or null for a package. */
  target: string | null;
}
export function runtimeImports(entry: string): ImportEdge[];
