import type { Page } from './browser.ts';

/** What the accessibility tree says of one element: the browser's own computation, over CDP. */
export interface AxFacts {
  role: string;
  name: string;
  description: string;
  invalid: boolean;
  required: boolean;
  focused: boolean;
}

interface AxValue {
  value?: unknown;
}
interface AxNode {
  role?: AxValue;
  name?: AxValue;
  description?: AxValue;
  properties?: { name: string; value: AxValue }[];
}

/**
 * The accessibility-tree facts of the element `selector` matches, from Chromium's
 * `Accessibility.getPartialAXTree` (what a screen reader is given, not what the DOM says).
 */
export async function axFacts(page: Page, selector: string): Promise<AxFacts> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as {
      nodeId: number;
    };
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    })) as { nodes: AxNode[] };
    const node = nodes[0] ?? {};
    const property = (name: string) => node.properties?.find((entry) => entry.name === name)?.value.value;
    return {
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      description: String(node.description?.value ?? ''),
      invalid: ![undefined, 'false', false].includes(property('invalid') as string | boolean | undefined),
      required: property('required') === true,
      focused: property('focused') === true,
    };
  } finally {
    await cdp.detach();
  }
}
