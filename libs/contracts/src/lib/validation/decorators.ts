import { IsInt, IsString, Matches, Max, Min, ValidationOptions } from 'class-validator';

type PropertyDecoratorList = PropertyDecorator[];

function compose(...decorators: PropertyDecoratorList): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** Kode wilayah: `81` (province) or `81.71` (kab/kota). Always text: `11.10` is not `11.1`. */
export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2})?$/;
export function IsRegionCode(options: ValidationOptions = {}): PropertyDecorator {
  return compose(
    IsString(options),
    Matches(REGION_CODE_PATTERN, { message: '$property must be a kode wilayah such as 81 or 81.71 (text, two digits per segment)', ...options }),
  );
}

/** A location: a kode wilayah down to kecamatan (`81.71.01`) or desa/kelurahan (`81.71.01.2001`). */
export const LOCATION_CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
export function IsLocationCode(options: ValidationOptions = {}): PropertyDecorator {
  return compose(
    IsString(options),
    Matches(LOCATION_CODE_PATTERN, { message: '$property must be kode wilayah such as 81.71 or 81.71.01 (text)', ...options }),
  );
}

/** Sub kegiatan code `U.BB.PP.L.KK.SSSS` (urusan may be `X` for the penunjang codes). */
export const SUB_KEGIATAN_CODE_PATTERN = /^[0-9X]\.[0-9X]{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/;
export function IsSubKegiatanCode(): PropertyDecorator {
  return compose(
    IsString(),
    Matches(SUB_KEGIATAN_CODE_PATTERN, { message: '$property must be a sub kegiatan code U.BB.PP.L.KK.SSSS such as 2.16.03.2.02.0041' }),
  );
}

/** Program `U.BB.PP` or kegiatan `U.BB.PP.L.KK` code, as provincial priorities name them. */
export const PROGRAM_OR_KEGIATAN_CODE_PATTERN = /^[0-9X]\.[0-9X]{2}\.\d{2}(\.\d\.\d{2})?$/;
export function IsProgramOrKegiatanCode(): PropertyDecorator {
  return compose(
    IsString(),
    Matches(PROGRAM_OR_KEGIATAN_CODE_PATTERN, { message: '$property must be a program (2.16.03) or kegiatan (2.16.03.2.02) code' }),
  );
}

/** Money is whole rupiah: a non-negative safe integer, never a float. */
export function IsRupiah(): PropertyDecorator {
  return compose(
    IsInt({ message: '$property must be whole rupiah (an integer, no decimals)' }),
    Min(0),
    Max(Number.MAX_SAFE_INTEGER),
  );
}

export const RKPD_YEAR_MIN = 2020;
export const RKPD_YEAR_MAX = 2100;
export function IsPlanningYear(): PropertyDecorator {
  return compose(IsInt(), Min(RKPD_YEAR_MIN), Max(RKPD_YEAR_MAX));
}
