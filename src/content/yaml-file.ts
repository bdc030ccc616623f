import { parse, YAMLError } from 'yaml';

/**
 * The data of a YAML file of the site's content, or an error that names the file and the line (so
 * whoever edits it knows where to look). The build reads YAML through this (scripts/lib/vite-yaml.ts,
 * which turns each file into data at build time, so the Worker carries no YAML reader), and so do
 * the scripts that run on Node.
 */
export function readYaml(file: string, text: string): unknown {
  try {
    return parse(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    // The line and column of the error's first character (`linePos` is filled only with
    // prettyErrors, which also rewrites the message).
    const before = text.slice(0, error.pos[0]).split('\n');
    const position = { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
    throw new Error(`${file}:${position.line}:${position.col}: ${error.message.split('\n')[0]}`, {
      cause: error,
    });
  }
}
