import { parseSubKegiatanCode } from '../code/nomenclature-code';
import { Result } from '../result';
import { PreviousSubKegiatan } from './nomenclature-row';

/**
 * Reads `sub_kegiatan_sebelumnya` as SIPD writes it: the replaced code, a space, its name
 * (`2.16.03.2.02.0037 Koordinasi penyusunan …`). Empty text means no predecessor.
 */
export function parsePreviousSubKegiatan(text: string): Result<PreviousSubKegiatan | null, string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const [code] = trimmed.split(/\s+/, 1);
  const parsed = parseSubKegiatanCode(code);
  if (!parsed.ok) return { ok: false, error: `must start with the replaced sub kegiatan code: '${code}' ${parsed.error.problems.join('; ')}` };
  return { ok: true, value: { code: parsed.value.canonical, name: trimmed.slice(code.length).trim() } };
}
