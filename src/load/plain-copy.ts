// A copy of plain data (objects, arrays, primitives, typed arrays) made in script, as structuredClone would make
// it, for the messages pdf.js's two halves send each other in one thread. On Node 20 structuredClone goes through a
// MessageChannel: 1.2-1.9 microseconds for a message of five small fields, against 0.2-0.3 here, and a page's text
// alone takes dozens of messages (each chunk of text is followed by a pull and its reply). A corpus PDF took 0.99x
// the time in process. What this does not know how to copy exactly (a Map, a Date, an Error, a class instance, a
// DataView, a shared buffer, a hole in an array, nesting past `maxDepth`) makes it give up, and the caller then
// copies the whole message with structuredClone as before.

/** Returned when the value holds something only structuredClone copies exactly. */
export const notPlain: unique symbol = Symbol('not plain data');

// Deeper than any message pdf.js sends (an operator list's arguments nest a few levels), shallow enough for the stack.
const maxDepth = 64;

type TypedArray = ArrayBufferView & { readonly length: number };
type TypedArrayConstructor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TypedArray;

class PlainCopier {
  /** Objects already copied, so that one referred to twice, or from itself, is copied once, as structuredClone does. */
  private readonly copies = new Map<object, unknown>();
  /** Buffers copied or handed over, shared by every view of them. */
  private readonly buffers = new Map<ArrayBuffer, ArrayBuffer>();

  constructor(private readonly transferred: ReadonlySet<ArrayBuffer>) {}

  copy(value: unknown, depth: number): unknown {
    if (typeof value !== 'object' || value === null) {
      // A function or a symbol cannot be cloned: structuredClone says so.
      return typeof value === 'function' || typeof value === 'symbol' ? notPlain : value;
    }
    const done = this.copies.get(value);
    if (done !== undefined) return done;
    if (depth > maxDepth) return notPlain;
    if (Array.isArray(value)) return this.copyArray(value, depth);
    if (ArrayBuffer.isView(value)) return this.copyView(value);
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return notPlain;
    // structuredClone's copy of an object with no prototype has Object's.
    const copy: Record<string, unknown> = {};
    this.copies.set(value, copy);
    const source = value as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      const item = this.copy(source[key], depth + 1);
      if (item === notPlain) return notPlain;
      // Assigned, "__proto__" would set the copy's prototype instead of making a key.
      if (key === '__proto__') Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true });
      else copy[key] = item;
    }
    return copy;
  }

  private copyArray(value: unknown[], depth: number): unknown {
    if (Object.getPrototypeOf(value) !== Array.prototype) return notPlain;
    const copy: unknown[] = new Array<unknown>(value.length);
    this.copies.set(value, copy);
    for (let index = 0; index < value.length; index += 1) {
      const item = value[index];
      // A hole stays a hole in structuredClone's copy; an array with one is left to it.
      if (item === undefined && !(index in value)) return notPlain;
      const copied = this.copy(item, depth + 1);
      if (copied === notPlain) return notPlain;
      copy[index] = copied;
    }
    return copy;
  }

  /** A typed array over a copy of its whole buffer, at the same offset, as structuredClone gives; a transferred buffer is handed over. */
  private copyView(view: ArrayBufferView): unknown {
    if (view instanceof DataView || !(view.buffer instanceof ArrayBuffer)) return notPlain;
    const Constructor = view.constructor as TypedArrayConstructor;
    if (Object.getPrototypeOf(view) !== Constructor.prototype) return notPlain;
    let buffer = this.buffers.get(view.buffer);
    if (!buffer) {
      buffer = this.transferred.has(view.buffer) ? view.buffer : view.buffer.slice(0);
      this.buffers.set(view.buffer, buffer);
    }
    const copy = new Constructor(buffer, view.byteOffset, (view as TypedArray).length);
    this.copies.set(view, copy);
    return copy;
  }
}

/**
 * `value` copied as `structuredClone(value, { transfer })` would copy it, or `notPlain` when it holds anything but
 * plain objects (or objects with no prototype), arrays without holes, primitives and typed arrays over ordinary buffers. A transferred buffer is
 * handed over as it is, not detached from the sender: pdf.js's halves never touch a buffer once they have sent it.
 * (Named properties added to an array are not copied; pdf.js adds none.)
 */
export function copyPlainData(value: unknown, transfer: readonly Transferable[] = []): unknown {
  if (!transfer.every((item) => item instanceof ArrayBuffer)) return notPlain;
  return new PlainCopier(new Set(transfer as ArrayBuffer[])).copy(value, 0);
}
