import { html, type Html } from '#components/html.ts';

export interface ErrorSummaryProps {
  heading: string;
  /**
   * One line per problem: `href` is `#` and the id of the control to correct; a problem of the
   * whole request (too many attempts) has no control and no link.
   */
  items?: readonly { href?: string; text: string }[];
  /** What happened and what to do, when the refusal is not about a field (a rate limit). */
  description?: string | undefined;
}

/**
 * The one error summary of every form on the site (GOV.UK's pattern): at the top of the form,
 * focused when the page loads (`autofocus`, and by the reply script after a refusal sent without
 * a page load), announced, and linking each problem to the control that needs attention.
 */
export function errorSummary({ heading, items = [], description }: ErrorSummaryProps): Html {
  if (items.length === 0 && !description) return html``;
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="error-summary-heading"
    tabindex="-1"
    autofocus
    data-error-summary
  >
    <h2 id="error-summary-heading">${heading}</h2>
    ${description && html`<p>${description}</p>`}
    ${
      items.length > 0 &&
      html`<ul>
        ${items.map(({ href, text }) => html`<li>${href ? html`<a href="${href}">${text}</a>` : text}</li>`)}
      </ul>`
    }
  </div>`;
}
