/**
 * Query parameters for the long JSON documents the services write in one statement (a group
 * transaction's rows), built piece by piece into one Buffer. node-postgres sends a Buffer as the
 * parameter's bytes (binary format), which `json` and `text` take as their text; `jsonb` would
 * want a version byte first, so the statements cast these parameters to `json` or `text`.
 *
 * Why not `JSON.stringify(rows)`: V8 returns a long result as a rope, and node-postgres' first
 * `Buffer.byteLength` flattens it into a new string of its own in V8's large-object space, whose
 * pages are freshly mapped and faulted in one by one. On this machine's VM that flattening took
 * as long as the stringify itself (5 ms for 2,000 rows, 1.5 MB; `perf`: the time is in page
 * faults under `String::WriteToFlat`); pieces of one row each stay small, in the young generation.
 * bench/README.md, item 38.
 */

/** `[` + each item's JSON + `]`, comma-separated. */
export function jsonArrayParameter(items: readonly unknown[]): Buffer {
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) parts[i] = JSON.stringify(items[i]);
  return joinedParameter(parts, ',', '[', ']');
}

/** The texts joined by `separator` (one ASCII character) between `open` and `close` (ASCII), as one parameter. */
export function joinedParameter(parts: readonly string[], separator: string, open = '', close = ''): Buffer {
  let bytes = open.length + close.length + Math.max(0, parts.length - 1) * separator.length;
  for (let i = 0; i < parts.length; i++) bytes += Buffer.byteLength(parts[i]);
  const buffer = Buffer.allocUnsafe(bytes);
  let offset = buffer.write(open, 0, 'latin1');
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) offset += buffer.write(separator, offset, 'latin1');
    offset += buffer.write(parts[i], offset);
  }
  buffer.write(close, offset, 'latin1');
  return buffer;
}
