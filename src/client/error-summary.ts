// The error summary's links (GOV.UK's pattern): following one brings the whole field into view,
// its label, hint and message above the control, then focuses the control; without this a long
// label (Greek, at 320 px) stays above the screen. Without JavaScript the links still lead to the
// control (CSS scroll-margin). One listener for the page, so a summary the reply script puts in
// place of the form works too.

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('[data-error-summary] a') : null;
  if (!(link instanceof HTMLAnchorElement) || !link.hash) return;
  const control = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!control) return;
  const field = control.closest<HTMLElement>('.field, fieldset') ?? control;
  event.preventDefault();
  field.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
});
