import { raw } from 'express';
import { limitedParser } from '@selaras/service-kit';

/** Media types read as a raw file body (everything but JSON and multipart, which have their own parsers). */
export const RAW_UPLOAD_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

/** The real 2027 list is 4.3 MB as CSV; this leaves room for larger lists and XLSX overhead. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Body parser for a CSV or XLSX sent as the request body (what the CLI does). */
export const rawUploadParser = limitedParser(raw({ type: RAW_UPLOAD_TYPES, limit: MAX_UPLOAD_BYTES }), MAX_UPLOAD_BYTES, RAW_UPLOAD_TYPES);
