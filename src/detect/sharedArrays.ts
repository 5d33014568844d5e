/**
 * Typed arrays over shared memory, so that a model built once can be handed to worker threads without a copy
 * (structured cloning keeps a `SharedArrayBuffer` shared). Where the platform has no `SharedArrayBuffer`, plain
 * memory: the arrays then work the same, and are copied when sent.
 * @packageDocumentation
 */

function buffer(bytes: number): ArrayBufferLike {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)
}

/**
 * A zero-filled `Int32Array` of `length` elements in shared memory.
 * @param length Number of elements.
 */
export function sharedInt32Array(length: number): Int32Array {
  return new Int32Array(buffer(4 * length))
}

/**
 * A zero-filled `Float64Array` of `length` elements in shared memory.
 * @param length Number of elements.
 */
export function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(buffer(8 * length))
}

/**
 * A zero-filled `Uint8Array` of `length` elements in shared memory.
 * @param length Number of elements.
 */
export function sharedUint8Array(length: number): Uint8Array {
  return new Uint8Array(buffer(length))
}

/**
 * A zero-filled `Uint16Array` of `length` elements in shared memory.
 * @param length Number of elements.
 */
export function sharedUint16Array(length: number): Uint16Array {
  return new Uint16Array(buffer(2 * length))
}
