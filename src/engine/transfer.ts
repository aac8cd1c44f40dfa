/**
 * Collects the buffers of the arrays an event carries so postMessage can move them instead
 * of copying. Every array is a fresh copy, so the engine never touches a buffer after it
 * has been transferred (and detached).
 */
export class TransferList {
  readonly buffers: ArrayBuffer[] = [];

  /** A transferable copy of `values`. */
  copy(values: ArrayLike<number>): Float64Array<ArrayBuffer> {
    const array = Float64Array.from(values);
    this.buffers.push(array.buffer);
    return array;
  }

  /** A transferable array of `length` zeros, to be filled before it is posted. */
  alloc(length: number): Float64Array<ArrayBuffer> {
    const array = new Float64Array(length);
    this.buffers.push(array.buffer);
    return array;
  }

  copyAll(arrays: readonly ArrayLike<number>[]): Float64Array<ArrayBuffer>[] {
    return arrays.map((values) => this.copy(values));
  }
}
