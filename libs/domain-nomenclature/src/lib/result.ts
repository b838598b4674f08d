/** Either a value or a typed error; used where a bad input is an expected outcome, not a bug. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
