// The parts of a reply form that apply to the chosen answer (`data-when="yes delegate"`), shown;
// the others hidden but still sent: the server ignores the parts that do not apply to the answer
// (applicableFormParts), as it does for a form sent without JavaScript, and a guest who changes
// their mind back finds what they typed, after a refusal too.

/** Shows the parts of `form` that apply to its answer, and the error summary's lines about them. */
export function showApplicableParts(form: HTMLFormElement): void {
  const answer = String(new FormData(form).get('attending') ?? '');
  for (const part of form.querySelectorAll<HTMLElement>('[data-when]'))
    part.hidden = !(part.dataset.when ?? '').split(' ').includes(answer);
  // A problem in a part the answer no longer has is no longer one: its line leaves the summary.
  // The form's own summary (the organisers' forms), or the page's, right after its heading (the
  // reply page, which has one form).
  const summary =
    form.querySelector<HTMLElement>('[data-error-summary]') ??
    (document.querySelectorAll('form').length === 1
      ? document.querySelector<HTMLElement>('[data-error-summary]')
      : null);
  if (summary) {
    const lines = [...summary.querySelectorAll('li')];
    for (const line of lines) {
      const target = document.getElementById(line.querySelector('a')?.hash.slice(1) ?? '');
      line.hidden = Boolean(target?.closest('[hidden]'));
    }
    summary.hidden = lines.every((line) => line.hidden);
  }
}

/**
 * Keeps an allergen's two boxes in agreement as they are ticked: a severe allergy is an allergy,
 * and no allergy has no severe one. (Without JavaScript the server counts a severe allergy as an
 * allergy: settleNeeds.)
 */
function pairAllergen(target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement)) return;
  const [allergen, severe] = target.closest('[data-allergen]')?.querySelectorAll('input') ?? [];
  if (!allergen || !severe) return;
  if (target === severe && severe.checked) allergen.checked = true;
  if (target === allergen && !allergen.checked) severe.checked = false;
}

/** Keeps `form`'s parts in step with its answer from now on. */
export function followAnswer(form: HTMLFormElement): void {
  form.addEventListener('change', (event) => {
    pairAllergen(event.target);
    showApplicableParts(form);
  });
  showApplicableParts(form);
}
