import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '#scripts/lib/import-graph.ts';

const edges = importGraph('.', ['src', 'scripts', 'tests', 'astro.config.mjs']);
const under = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);
const layer = {
  server: under('src/server'),
  foundations: (path: string) =>
    ['src/schemas', 'src/i18n', 'src/content'].some((folder) => under(folder)(path)),
  rendering: (path: string) =>
    ['src/pages', 'src/components', 'src/layouts', 'src/client'].some((folder) => under(folder)(path)) ||
    path === 'src/middleware.ts',
  pages: under('src/pages'),
  tests: under('tests'),
};
const crossing = (from: (path: string) => boolean, to: (path: string) => boolean) =>
  edges.filter((edge) => from(edge.from) && to(edge.to)).map((edge) => `${edge.from} → ${edge.to}`);

describe('the import graph', () => {
  it('is read from every file (a parser that found nothing would pass every rule)', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual(
      expect.objectContaining({ from: 'src/middleware.ts', to: 'src/server/dispatch.ts' }),
    );
  });

  it('has no cycle between files', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('goes one way: schemas, i18n and content import nothing of the server or of the rendering', () => {
    expect(crossing(layer.foundations, layer.server)).toEqual([]);
    expect(crossing(layer.foundations, layer.rendering)).toEqual([]);
  });

  it('goes one way: the server imports no page, component, layout or browser script', () => {
    expect(crossing(layer.server, layer.rendering)).toEqual([]);
  });

  it('imports no page from anywhere, and nothing of the tests from the product or its scripts', () => {
    expect(crossing(() => true, layer.pages)).toEqual([]);
    expect(crossing((path) => !layer.tests(path), layer.tests)).toEqual([]);
  });

  it('never climbs two folders: farther files are imported by the package’s #… names', () => {
    expect(edges.filter((edge) => edge.specifier.startsWith('../../')).map((edge) => edge.from)).toEqual([]);
  });
});
