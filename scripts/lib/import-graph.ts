/**
 * The project's own import graph, for the layering test (tests/unit/import-graph.test.ts): every
 * import of every TypeScript and Astro file, resolved to a file of the project (relative paths and
 * the package's `#…` imports; packages and virtual modules are left out).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  from: string;
  to: string;
  /** The specifier as written. */
  specifier: string;
}

const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;

/** Every source file under `paths` (folders or files, relative to `root`), generated folders aside. */
export function sourceFiles(root: string, paths: string[]): string[] {
  const walk = (path: string): string[] => {
    if (statSync(join(root, path)).isFile()) return [path];
    return readdirSync(join(root, path), { withFileTypes: true }).flatMap((entry) => {
      const inner = join(path, entry.name);
      if (entry.isDirectory())
        return ['node_modules', 'dist', '.astro'].includes(entry.name) ? [] : walk(inner);
      return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [inner] : [];
    });
  };
  return paths.filter((path) => existsSync(join(root, path))).flatMap(walk);
}

/** The import specifiers of one file: an Astro file's front matter and scripts, or a module. */
export function specifiersOf(path: string, text: string): string[] {
  const code = path.endsWith('.astro')
    ? [
        /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '',
        ...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? ''),
        ...[...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => `import '${match[1]}';`),
      ].join('\n')
    : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName);
}

type ImportMap = Record<string, string>;

/** The file a specifier names, or null for a package or a virtual module. */
export function resolveSpecifier(
  root: string,
  from: string,
  specifier: string,
  imports: ImportMap,
): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  let target: string | null = null;
  if (bare.startsWith('.')) target = resolve(root, dirname(from), bare);
  else if (bare.startsWith('#')) {
    for (const [pattern, replacement] of Object.entries(imports)) {
      const prefix = pattern.replace(/\*$/, '');
      if (pattern.endsWith('*') ? bare.startsWith(prefix) : bare === pattern) {
        target = resolve(root, replacement.replace(/\*$/, bare.slice(prefix.length)));
        break;
      }
    }
    if (!target) throw new Error(`${from}: "${specifier}" matches no entry of package.json "imports"`);
  } else return null;
  if (existsSync(target) && statSync(target).isFile()) return relative(root, target);
  for (const suffix of ['.ts', '/index.ts']) {
    if (existsSync(`${target}${suffix}`)) return relative(root, `${target}${suffix}`);
  }
  throw new Error(`${from}: "${specifier}" names no file`);
}

/** Every edge between the project's files under `folders`. */
export function importGraph(root: string, folders: string[]): ImportEdge[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { imports?: ImportMap };
  const imports = pkg.imports ?? {};
  return sourceFiles(root, folders).flatMap((from) =>
    specifiersOf(from, readFileSync(join(root, from), 'utf8')).flatMap((specifier) => {
      const to = resolveSpecifier(root, from, specifier, imports);
      return to ? [{ from, to, specifier }] : [];
    }),
  );
}

/** The strongly connected components with more than one file (import cycles), by Tarjan's algorithm. */
export function cycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (next.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of new Set(edges.flatMap((edge) => [edge.from, edge.to])))
    if (!index.has(node)) visit(node);
  return found;
}
