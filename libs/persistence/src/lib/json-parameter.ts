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

/** Between the texts of a `jsonTextsParameter`; see there. */
const RECORD_SEPARATOR = '\u001e';

/**
 * One JSON text per row, in order, separated by U+001E (the record separator), which JSON text
 * never holds raw (`JSON.stringify` writes a control character as `\u001e`). Paired in SQL with
 * `jsonTextsSql`, and zipped with the rows' other columns by `ROWS FROM (json_to_recordset(..),
 * jsonTextsSql(..))`, which yields the n-th row of each function together.
 *
 * Why apart from the other columns: a large nested value inside the rows' JSON document is
 * lexed by json_to_recordset (PostgreSQL 15 copies every string of it character by character)
 * and then again by its own cast; as text of its own it is read once, by its cast. An usulan's
 * history row went 29 → 10.5 µs (bench/README.md, item 39).
 */
export function jsonTextsParameter(values: readonly unknown[]): Buffer {
  const texts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) texts[i] = JSON.stringify(values[i]);
  return joinedParameter(texts, RECORD_SEPARATOR);
}

/** The rows of a `jsonTextsParameter` as a set of text, in order: `placeholder` is its `$n`. */
export function jsonTextsSql(placeholder: string): string {
  return `unnest(string_to_array(${placeholder}::text, chr(${RECORD_SEPARATOR.charCodeAt(0)})))`;
}

