import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyPlainData, notPlain } from '../../src/load/plain-copy.js';

/** Every object and buffer reachable from `value`. */
function reachable(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found;
  found.add(value);
  if (ArrayBuffer.isView(value)) found.add(value.buffer);
  else if (value instanceof Map) for (const [key, item] of value) [key, item].forEach((part) => reachable(part, found));
  else if (value instanceof Set) for (const item of value) reachable(item, found);
  else for (const key of Object.keys(value)) reachable((value as Record<string, unknown>)[key], found);
  return found;
}

function sharesNothing(copy: unknown, original: unknown): boolean {
  const theirs = reachable(original);
  return [...reachable(copy)].every((object) => !theirs.has(object));
}

// Everything structuredClone copies, and what it refuses; fast-check's anything() with all it can make.
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const plainValue = fc.anything({ withBigInt: true, withNullPrototype: true, withTypedArray: true, withUnicodeString: true });

describe('copyPlainData', () => {
  it('copies any value as structuredClone does, sharing nothing with it, or gives up', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const copy = copyPlainData(value);
        if (copy === notPlain) return;
        expect(isDeepStrictEqual(copy, structuredClone(value))).toBe(true);
        expect(sharesNothing(copy, value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does not give up on plain data: objects (null prototype too), arrays, primitives, typed arrays', () => {
    fc.assert(
      fc.property(plainValue, (value) => {
        expect(copyPlainData(value)).not.toBe(notPlain);
      }),
      { numRuns: 500 },
    );
  });

  it('copies a "__proto__" key as a key, as structuredClone does', () => {
    const value = JSON.parse('{"a": {"__proto__": {"b": 1}}}') as unknown;
    const copy = copyPlainData(value);
    expect(isDeepStrictEqual(copy, structuredClone(value))).toBe(true);
    expect(Object.getPrototypeOf((copy as { a: object }).a)).toBe(Object.prototype);
  });

  it('copies an object referred to twice once, and an object that refers to itself', () => {
    const shared = { page: 1 };
    const copy = copyPlainData({ first: shared, second: [shared] }) as { first: object; second: object[] };
    expect(copy.first).toBe(copy.second[0]);
    expect(copy.first).not.toBe(shared);
    const looped: { name: string; self?: unknown } = { name: 'loop' };
    looped.self = looped;
    const loopCopy = copyPlainData(looped) as { self: unknown };
    expect(loopCopy.self).toBe(loopCopy);
  });

  it('copies a typed array with its whole buffer, at its offset, once for all the views of that buffer', () => {
    const buffer = new ArrayBuffer(16);
    const message = { a: new Uint8Array(buffer, 4, 8), b: new Float32Array(buffer, 8, 2) };
    message.a.set([1, 2, 3, 4, 5, 6, 7, 8]);
    const copy = copyPlainData(message) as typeof message;
    const cloned = structuredClone(message);
    expect(copy.a.byteOffset).toBe(cloned.a.byteOffset);
    expect(copy.a.buffer.byteLength).toBe(cloned.a.buffer.byteLength);
    expect(copy.a.buffer).toBe(copy.b.buffer);
    expect(copy.a.buffer).not.toBe(buffer);
    expect([...copy.a]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('hands a transferred buffer over as it is', () => {
    const data = new Uint8Array([37, 80, 68, 70]);
    const copy = copyPlainData({ action: 'GetDocRequest', data: { data } }, [data.buffer]) as { data: { data: Uint8Array } };
    expect(copy.data.data.buffer).toBe(data.buffer);
    expect([...copy.data.data]).toEqual([37, 80, 68, 70]);
  });

  class Point {
    x = 1;
  }
  const deep: Record<string, unknown> = {};
  let level = deep;
  for (let depth = 0; depth < 100; depth += 1) level = (level.next = {}) as Record<string, unknown>;

  it.each([
    ['a Map', { map: new Map([[1, 2]]) }],
    ['a Date', [new Date(0)]],
    ['an Error', { reason: new Error('bad XRef') }],
    ['a class instance', { point: new Point() }],
    ['a DataView', { view: new DataView(new ArrayBuffer(4)) }],
    ['an array with a hole', { items: [1, , 3] }],
    ['a function', { call: () => 1 }],
    ['a symbol', [Symbol('s')]],
    ['nesting deeper than any message', deep],
  ])('gives up on %s', (_name, value) => {
    expect(copyPlainData(value)).toBe(notPlain);
  });

  it('gives up when what is transferred is not an ArrayBuffer', () => {
    const { port1, port2 } = new MessageChannel();
    try {
      expect(copyPlainData({ port: port1 }, [port1])).toBe(notPlain);
    } finally {
      port1.close();
      port2.close();
    }
  });
});
