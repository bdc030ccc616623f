import { followAnswer } from './form-parts.ts';
import './error-summary.ts';

// Optional enhancement of the reply form; everything works without it. It shows only the parts
// that apply to the chosen answer and sends without a page load: the server's own answer page
// replaces the form, so a refusal shows the same error summary and messages as without
// JavaScript (one error pattern; nothing is checked only here), and focus moves to it.

function enhance(form: HTMLFormElement) {
  const status = form.querySelector<HTMLElement>('[data-status]');
  followAnswer(form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (status) status.textContent = form.dataset.sending ?? '';
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])),
      });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const main = page.querySelector('main');
      const current = document.querySelector('main');
      if (!main || !current) throw new Error('unexpected answer');
      current.replaceWith(main);
      // The answer page's language and title with its content (a refusal may be in another).
      document.documentElement.lang = page.documentElement.lang || document.documentElement.lang;
      document.title = page.title;
      // The error summary when there is one (it comes after the heading in the page), else the
      // heading. Focus alone announces it: a live region as well would read it twice.
      const focus =
        main.querySelector<HTMLElement>('[data-error-summary]') ?? main.querySelector<HTMLElement>('h1');
      if (focus) {
        focus.tabIndex = -1;
        // Its top in view, not wherever the browser would bring a tall summary to (#26 item 6).
        focus.focus({ preventScroll: true });
        // The page's heading at the top, the summary straight after it (#26 item 6): where the
        // page is, and what is wrong; the summary's own top when the heading is far above it.
        const heading = main.querySelector<HTMLElement>('h1');
        const above = heading ? focus.getBoundingClientRect().top - heading.getBoundingClientRect().top : 0;
        (heading && above < window.innerHeight / 3 ? heading : focus).scrollIntoView({ block: 'start' });
      }
      const again = main.querySelector<HTMLFormElement>('[data-reply-form]');
      if (again) enhance(again);
    } catch {
      if (status) status.textContent = form.dataset.networkError ?? '';
    }
  });
}

const form = document.querySelector<HTMLFormElement>('[data-reply-form]');
if (form) enhance(form);
