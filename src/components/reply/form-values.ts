import { Html } from '#components/html.ts';
import { escapeHtml } from '#i18n/format.ts';
import type { FormValues } from '#server/http/body.ts';
import type { FieldErrors } from '#schemas/field-errors.ts';

/**
 * How the reply form's fields read what the guest entered: straight from the values, or as holes
 * of a template (below) that the values fill later.
 */
export interface FormReader {
  /** A text field's value. */
  text(name: string): string | Html;
  /** ` checked` where the field holds `option`. */
  checked(name: string, option: string): Html | false;
  /** ` open` where companion `index`'s block holds something (or an error). */
  open(index: number): Html | false;
}

const first = (values: FormValues, name: string) => [values[name] ?? ''].flat()[0] ?? '';
const holds = (values: FormValues, name: string, option: string) =>
  [values[name] ?? []].flat().includes(option);
const used = (values: FormValues, errors: FieldErrors, index: number) => {
  const prefix = `companions.${index}.`;
  return (
    Object.entries(values).some(
      ([field, value]) => field.startsWith(prefix) && [value].flat().some(Boolean),
    ) || Object.keys(errors).some((field) => field.startsWith(prefix))
  );
};
const CHECKED = new Html(' checked');
const OPEN = new Html(' open');

/** The reader of a form rendered for one request. */
export function readValues(values: FormValues, errors: FieldErrors): FormReader {
  return {
    text: (name) => first(values, name),
    checked: (name, option) => holds(values, name, option) && CHECKED,
    open: (index) => used(values, errors, index) && OPEN,
  };
}

type Hole =
  | { kind: 'text'; name: string }
  | { kind: 'checked'; name: string; option: string }
  | { kind: 'open'; index: number };

/**
 * A form's markup with a hole wherever a guest's value goes: the markup is built once, and each
 * request only writes its values into the holes (#27: the reply form's hundred-odd controls were
 * most of the reply page's Worker CPU). For a form without errors only: an error changes more
 * than values (messages, `aria-invalid`, the companions' blocks shown).
 */
export interface FormTemplate {
  /** The markup between the holes: one more than the holes. */
  pieces: readonly string[];
  holes: readonly Hole[];
}

/** Builds a template: `render` is given a reader whose every answer is a hole. */
export function formTemplate(render: (read: FormReader) => Html): FormTemplate {
  const holes: Hole[] = [];
  const hole = (entry: Hole) => new Html(`\u0000${holes.push(entry) - 1}\u0000`);
  const markup = render({
    text: (name) => hole({ kind: 'text', name }),
    checked: (name, option) => hole({ kind: 'checked', name, option }),
    open: (index) => hole({ kind: 'open', index }),
  }).html;
  // A NUL around a hole's number: no text of the form holds one (the holes are filled after this).
  // eslint-disable-next-line no-control-regex -- the NUL is the hole's mark, on purpose
  const parts = markup.split(/\u0000(\d+)\u0000/);
  return {
    pieces: parts.filter((_, index) => index % 2 === 0),
    holes: parts.filter((_, index) => index % 2 === 1).map((index) => holes[Number(index)] as Hole),
  };
}

/** The template with the values of one request in its holes. */
export function fillTemplate({ pieces, holes }: FormTemplate, values: FormValues): Html {
  let out = pieces[0] ?? '';
  for (let index = 0; index < holes.length; index++) {
    const hole = holes[index] as Hole;
    out +=
      (hole.kind === 'text'
        ? escapeHtml(first(values, hole.name))
        : hole.kind === 'checked'
          ? holds(values, hole.name, hole.option)
            ? ' checked'
            : ''
          : used(values, {}, hole.index)
            ? ' open'
            : '') + (pieces[index + 1] ?? '');
  }
  return new Html(out);
}
