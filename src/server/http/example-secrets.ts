import example from '#root/.dev.vars.example?raw';
import { adminTranslator } from '#i18n/index.ts';
import { noStore } from './responses.ts';

/**
 * `npm start` copies `.dev.vars.example` to `.dev.vars`, so its secrets are public: fine on this
 * machine, never on a deployed Worker. The example file itself is the list of values refused.
 */
const SECRET_NAMES = ['ADMIN_PASSWORD', 'INVITE_SECRET', 'DOOR_PASSWORD'] as const;

/** `NAME=value` lines of a .dev.vars file (comments and blank lines skipped, quotes removed). */
export function parseDevVars(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match?.[1] && match[2] !== undefined) values.set(match[1], match[2].replace(/^(["'])(.*)\1$/, '$2'));
  }
  return values;
}

const exampleValues = parseDevVars(example);

/** Whether a secret still has its value from `.dev.vars.example`. */
export function usesExampleSecrets(env: Partial<Record<(typeof SECRET_NAMES)[number], unknown>>): boolean {
  return SECRET_NAMES.some((name) => exampleValues.has(name) && env[name] === exampleValues.get(name));
}

/**
 * Local development is a request to a loopback host (`npm start`, `wrangler dev`, the tests). On
 * Cloudflare a request reaches the Worker only through the hostnames routed to it, so no visitor
 * can make a deployed Worker see `localhost`.
 */
export function isLocalRequest(request: Request): boolean {
  const host = new URL(request.url).hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * The refusal of a Worker that runs with the example secrets anywhere but on this machine (503,
 * for the operator: the personal links and the organisers' password would be public), else null.
 */
export function exampleSecretsRefusal(env: Env, request: Request): Response | null {
  if (!usesExampleSecrets(env) || isLocalRequest(request)) return null;
  console.error('Refusing to serve: ADMIN_PASSWORD or INVITE_SECRET still has its .dev.vars.example value.');
  return new Response(adminTranslator()('admin.config.exampleSecrets'), {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...noStore },
  });
}
