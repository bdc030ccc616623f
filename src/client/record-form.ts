// The organisers' record form (a guest's page): only the parts of the reply that apply to the
// chosen answer are shown, as on the invitee's form. Optional: without it every part is on the
// page and the server ignores those that do not apply.
import './error-summary.ts';
import { followAnswer } from './form-parts.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('[data-record-form]')) followAnswer(form);
