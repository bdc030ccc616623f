import { HttpError } from './errors.ts';
import { nullObject } from '#schemas/field-errors.ts';
import { type FieldErrors } from '#schemas/field-errors.ts';

/** docs/design.md: bodies over 16 KiB are refused (413) before they are parsed. */
export const BODY_LIMIT_BYTES = 16 * 1024;

export type BodyKind = 'json' | 'form';

/** The media type of the request's body, or a 415. */
export function bodyKind(request: Request): BodyKind {
  const [type = '', ...params] = (request.headers.get('Content-Type') ?? '').split(';');
  const charset = params.map((param) => /^\s*charset\s*=\s*"?([^"]*)"?\s*$/i.exec(param)?.[1]).find(Boolean);
  if (charset && charset.toLowerCase() !== 'utf-8') throw new HttpError('unsupported_media_type');
  switch (type.trim().toLowerCase()) {
    case 'application/json':
      return 'json';
    case 'application/x-www-form-urlencoded':
      return 'form';
    default:
      throw new HttpError('unsupported_media_type');
  }
}

/**
 * The body's bytes, refusing more than `limit` whatever `Content-Length` claims (a chunked upload
 * has none): the stream is read no further than the chunk that passes the limit.
 */
export async function readBodyBytes(
  request: Request,
  limit = BODY_LIMIT_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw new HttpError('payload_too_large');
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new HttpError('payload_too_large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function invalid(field: string, code: string): HttpError {
  return new HttpError('validation_failed', { fields: { [field]: code } });
}

/** UTF-8 text of the body; invalid UTF-8 is refused, never replaced. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalid('', 'invalid_unicode');
  }
}

export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('', 'invalid_json');
  }
}

/** Form fields that are sets of checkboxes; every other field takes one value. */
const MULTI_VALUED = /^(?:delegate\.|companions\.\d{1,2}\.)?(?:dietary|allergens|severeAllergens)$/;
const SEGMENT = /^(?:[A-Za-z][A-Za-z0-9]{0,31}|\d{1,2})$/;
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** The raw values of a form, kept to show them again beside errors. */
export type FormValues = Record<string, string | string[]>;

/**
 * Decodes one `application/x-www-form-urlencoded` name or value like `URLSearchParams`, except that
 * percent-encoded bytes that are not UTF-8 are refused (as `field`), never replaced by U+FFFD.
 */
function decodeFormComponent(component: string, field: string): string {
  const text = component.replace(/\+/g, ' ');
  if (!text.includes('%')) return text;
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (let index = 0; index < text.length;) {
    const hex = text.slice(index + 1, index + 3);
    if (text[index] === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 3;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    bytes.push(...encoder.encode(char));
    index += char.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
  } catch {
    throw invalid(field, 'invalid_unicode');
  }
}

/**
 * The fields of a form body in order, as `URLSearchParams` reads them, except that bytes which are
 * not UTF-8 (raw or percent-encoded, such as `%C3%28`) are refused, never replaced by U+FFFD.
 */
export function formFields(text: string): [string, string][] {
  return text
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const [name, value] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
      const decoded = decodeFormComponent(name, '');
      return [decoded, decodeFormComponent(value, decoded.slice(0, 64))];
    });
}

/**
 * Turns form fields named like the JSON (`delegate.name`, `companions.0.name`, repeated `dietary`)
 * into the JSON shape. Empty fields count as absent; repeated single-value fields and malformed
 * names are refused with their field named.
 */
export function parseFormBody(text: string): { data: Record<string, unknown>; values: FormValues } {
  const values: FormValues = nullObject();
  const errors: FieldErrors = nullObject();
  for (const [name, value] of formFields(text)) {
    const segments = name.split('.');
    if (!segments.every((segment) => SEGMENT.test(segment) && !FORBIDDEN_SEGMENTS.has(segment))) {
      errors[name.slice(0, 64)] = 'unknown_field';
      continue;
    }
    const existing = values[name];
    if (MULTI_VALUED.test(name)) values[name] = [...((existing as string[] | undefined) ?? []), value];
    else if (existing !== undefined) errors[name] = 'repeated';
    else values[name] = value;
  }
  if (Object.keys(errors).length) throw new HttpError('validation_failed', { fields: errors });

  const data: Record<string, unknown> = nullObject();
  for (const [name, value] of Object.entries(values)) {
    const present = Array.isArray(value) ? value.filter((item) => item !== '') : value;
    if (present === '' || present.length === 0) continue;
    const segments = name.split('.');
    let node: Record<string, unknown> | unknown[] = data;
    segments.forEach((segment, index) => {
      const last = index === segments.length - 1;
      const nextIsIndex = /^\d+$/.test(segments[index + 1] ?? '');
      const key = /^\d+$/.test(segment) ? Number(segment) : segment;
      const container = node as Record<string | number, unknown>;
      if (last) {
        if (container[key] !== undefined) throw invalid(name, 'unknown_field');
        container[key] = present;
        return;
      }
      container[key] ??= nextIsIndex ? [] : nullObject();
      const next = container[key];
      // `delegate=x` beside `delegate.name=y`: one name cannot be both a value and a group.
      if (typeof next !== 'object' || next === null || Array.isArray(next) !== nextIsIndex) {
        throw invalid(name, 'unknown_field');
      }
      node = next as Record<string, unknown> | unknown[];
    });
  }
  // Empty companion rows leave holes: the form's rows are positions, not identities.
  if (Array.isArray(data.companions)) data.companions = data.companions.filter((row) => row !== undefined);
  return { data, values };
}
