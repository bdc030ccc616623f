import { describe, expect, it } from 'vitest';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes } from '#server/http/body.ts';
import { HttpError } from '#server/http/errors.ts';
import { isSameOrigin } from '#server/http/origin.ts';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof HttpError) return `${error.code} ${JSON.stringify(error.options.fields ?? {})}`;
    throw error;
  }
  return undefined;
}

describe('form bodies', () => {
  it('take the JSON shape from dotted names and repeated checkboxes', () => {
    const { data } = parseFormBody(
      'attending=delegate&delegate.name=Sec&delegate.position=SG&delegate.dietary=vegan&delegate.dietary=halal&dietary=kosher&companions.0.name=A&companions.1.name=B',
    );
    expect(data).toEqual({
      attending: 'delegate',
      delegate: { name: 'Sec', position: 'SG', dietary: ['vegan', 'halal'] },
      dietary: ['kosher'],
      companions: [{ name: 'A' }, { name: 'B' }],
    });
  });

  it('treat empty fields as absent and close the gaps of empty companion rows', () => {
    expect(
      parseFormBody('attending=yes&comment=&dietary=&companions.0.name=&companions.1.name=B').data,
    ).toEqual({
      attending: 'yes',
      companions: [{ name: 'B' }],
    });
  });

  it('refuse a repeated single-value field', () => {
    expect(codeOf(() => parseFormBody('attending=yes&attending=no'))).toBe(
      'validation_failed {"attending":"repeated"}',
    );
  });

  it('refuse prototype keys and malformed names', () => {
    for (const body of [
      '__proto__.x=1',
      'constructor.prototype=1',
      'a..b=1',
      'companions.999.name=x',
      'x[y]=1',
    ]) {
      expect(
        codeOf(() => parseFormBody(body)),
        body,
      ).toMatch(/^validation_failed .*unknown_field/);
    }
  });

  it('refuse a name that is both a value and a group', () => {
    expect(codeOf(() => parseFormBody('delegate=x&delegate.name=y'))).toMatch(/unknown_field/);
  });
});

describe('request bodies', () => {
  it('are refused past 16 KiB even when Content-Length understates them', async () => {
    const request = new Request('https://site.test/', {
      method: 'POST',
      body: 'x'.repeat(16 * 1024 + 1),
      headers: { 'Content-Length': '10' },
    });
    await expect(readBodyBytes(request)).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('of exactly 16 KiB are read', async () => {
    const request = new Request('https://site.test/', { method: 'POST', body: 'x'.repeat(16 * 1024) });
    expect((await readBodyBytes(request)).length).toBe(16 * 1024);
  });

  it('must be valid UTF-8', () => {
    expect(codeOf(() => decodeUtf8(new Uint8Array([0x61, 0xff, 0x62])))).toMatch(/invalid_unicode/);
    expect(decodeUtf8(new TextEncoder().encode('Malmström'))).toBe('Malmström');
  });

  it('are JSON or a form, in UTF-8', () => {
    const kind = (type: string) =>
      bodyKind(new Request('https://site.test/', { method: 'POST', headers: { 'Content-Type': type } }));
    expect(kind('application/json')).toBe('json');
    expect(kind('application/json; charset=UTF-8')).toBe('json');
    expect(kind('application/x-www-form-urlencoded')).toBe('form');
    for (const type of ['text/plain', 'application/json; charset=iso-8859-1', 'multipart/form-data']) {
      expect(
        codeOf(() => kind(type)),
        type,
      ).toMatch(/^unsupported_media_type/);
    }
  });
});

describe('the same-origin rule', () => {
  const request = (headers: Record<string, string>) =>
    new Request('https://site.test/api/rsvp', { method: 'POST', headers });
  it('accepts same-origin, the own Origin, Origin null with same-origin, and no headers at all', () => {
    expect(isSameOrigin(request({ 'Sec-Fetch-Site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(request({ Origin: 'https://site.test' }))).toBe(true);
    expect(isSameOrigin(request({ Origin: 'null', 'Sec-Fetch-Site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(request({}))).toBe(true);
  });

  it('refuses cross-site, same-site, another origin and Origin null alone', () => {
    expect(isSameOrigin(request({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(false);
    expect(isSameOrigin(request({ 'Sec-Fetch-Site': 'same-site' }))).toBe(false);
    expect(isSameOrigin(request({ Origin: 'https://evil.test' }))).toBe(false);
    expect(isSameOrigin(request({ Origin: 'null' }))).toBe(false);
    expect(isSameOrigin(request({ Origin: 'http://site.test' }))).toBe(false);
  });
});
