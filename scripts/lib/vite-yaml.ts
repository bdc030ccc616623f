import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { readYaml } from '#content/yaml-file.ts';

/**
 * YAML files of the content as data modules: read when the site is built (or a test run starts),
 * so that the Worker imports plain data and carries no YAML reader. A file that does not read
 * stops the build, naming the file and the line.
 */
export function yamlData(): Plugin {
  return {
    name: 'repondez:yaml-data',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return null;
      const data = readYaml(relative(process.cwd(), id), code);
      return { code: `export default ${JSON.stringify(data)};`, map: null };
    },
  };
}
