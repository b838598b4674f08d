// class-transformer keeps the @Type metadata here (declared in ../asyncapi/class-transformer-storage.d.ts).
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';

/**
 * A faster road to exactly the verdict `plainToInstance` + `validateSync({ whitelist: true,
 * forbidUnknownValues: true })` gives on a plain JSON value, for the contract classes.
 *
 * Why: that pair costs ~80 µs per usulan, mostly not in the checks themselves but around them
 * (class-validator gathers the metadata of the class anew on every call, class-transformer builds
 * instances, every property gets an error object). At thousands of events per second that was
 * most of a consumer's CPU (bench/README.md). Here the metadata is gathered once per class and
 * the very same constraint objects class-validator would call (`IsString`, `MaxLength`, the
 * contract's own decorators…) are called directly on the plain value.
 *
 * It only ever answers "valid" (with the value stripped of unknown properties, as the whitelist
 * would) or "not sure". Anything it does not model — a failed check, an array where one object
 * is expected, a class with transformer decorators or field initialisers, an async or promise
 * answer — is "not sure", and the caller then runs class-validator itself, which stays the one
 * authority for refusals and their messages. `compiled-validator.spec.ts` holds the two to the
 * same verdict and output over every contract and a few thousand mutated events.
 */
export const NOT_SURE: unique symbol = Symbol('not sure');

type Validate = (value: unknown, args: ValidationArguments) => unknown;
/** A class, as the decorator metadata stores targets. */
type ClassRef = abstract new (...args: never[]) => unknown;

interface Check {
  each: boolean;
  constraints: readonly unknown[];
  validateIf?: (object: object, value: unknown) => boolean;
  validators: Validate[];
}

interface PropertyPlan {
  name: string;
  conditions: ((object: object, value: unknown) => boolean)[];
  defined: Check[];
  checks: Check[];
  /** Set when the property is `@ValidateNested`: the plan of its `@Type`, or null without one. */
  nested?: { plan: () => ClassPlan | null };
}

interface ClassPlan {
  name: string;
  /** Results are instances of the class, as class-transformer's are (the classes have no initialisers). */
  prototype: object;
  properties: PropertyPlan[];
  /** Property name → its position in `properties`: the whitelist, and where a nested result is kept. */
  positions: Map<string, number>;
}

interface ValidationMetadataLike {
  type: string;
  target: ClassRef | string;
  propertyName: string;
  constraintCls: ClassRef;
  constraints: unknown[];
  each: boolean;
  validateIf?: (object: object, value: unknown) => boolean;
}

interface StorageLike {
  getTargetValidationMetadatas(target: ClassRef, schema: string | undefined, always: boolean, strictGroups: boolean, groups?: string[]): ValidationMetadataLike[];
  getTargetValidatorConstraints(target: ClassRef): { instance: { validate: Validate }; async: boolean }[];
}

/** Classes whose instances class-transformer would build differently from a plain copy. */
const UNPLANNABLE_TYPES = new Set<unknown>([String, Number, Boolean, Date, Buffer, Map, Set, Array, Object, Promise]);

const plans = new Map<ClassRef, Map<string | undefined, ClassPlan | null>>();
/** The plans of top-level calls (no schema), found with one lookup: every consumed event asks for two. */
const topPlans = new Map<ClassRef, ClassPlan | null>();

function planOf(cls: ClassRef, schema: string | undefined): ClassPlan | null {
  if (schema === undefined) {
    let plan = topPlans.get(cls);
    if (plan === undefined) topPlans.set(cls, (plan = planBySchema(cls, schema)));
    return plan;
  }
  return planBySchema(cls, schema);
}

function planBySchema(cls: ClassRef, schema: string | undefined): ClassPlan | null {
  let bySchema = plans.get(cls);
  if (!bySchema) plans.set(cls, (bySchema = new Map()));
  if (!bySchema.has(schema)) bySchema.set(schema, buildPlan(cls, schema));
  return bySchema.get(schema)!;
}

/** Null when the class uses anything this module does not model: it is then always "not sure". */
function buildPlan(cls: ClassRef, schema: string | undefined): ClassPlan | null {
  const storage = getMetadataStorage() as unknown as StorageLike;
  // The same call, with the same arguments, that class-validator makes for validateSync without groups.
  const metadatas = storage.getTargetValidationMetadatas(cls, schema, false, false, undefined);
  if (defaultMetadataStorage.getExposedMetadatas(cls).length > 0 || defaultMetadataStorage.getExcludedMetadatas(cls).length > 0) return null;
  try {
    // Field initialisers would give class-transformer's instance values the plain object lacks.
    if (Object.keys(new (cls as new () => object)()).length > 0) return null;
  } catch {
    return null;
  }
  const byName = new Map<string, ValidationMetadataLike[]>();
  for (const m of metadatas) byName.set(m.propertyName, [...(byName.get(m.propertyName) ?? []), m]);
  const properties: PropertyPlan[] = [];
  for (const [name, list] of byName) {
    // 0 = TransformationType.PLAIN_TO_CLASS: a @Transform would change the value before validation.
    if (name in Object.prototype || defaultMetadataStorage.findTransformMetadatas(cls, name, 0).length > 0) return null;
    const property: PropertyPlan = { name, conditions: [], defined: [], checks: [] };
    for (const m of list) {
      if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) property.conditions.push(m.constraints[0] as (object: object, value: unknown) => boolean);
      else if (m.type === ValidationTypes.IS_DEFINED) property.defined.push(checkOf(storage, m));
      else if (m.type === ValidationTypes.CUSTOM_VALIDATION) property.checks.push(checkOf(storage, m));
      else if (m.type === ValidationTypes.NESTED_VALIDATION) {
        const nestedSchema = typeof m.target === 'string' ? m.target : m.target.name;
        const type = defaultMetadataStorage.findTypeMetadata(cls, name);
        // Only `@Type(() => X)`: a discriminator or a type chosen from the value is not modelled.
        if (type && (type.options?.discriminator || !type.typeFunction || type.typeFunction.length > 0)) return null;
        property.nested = { plan: () => nestedPlan((type?.typeFunction as (() => unknown) | undefined)?.(), nestedSchema) };
      } else if (m.type !== ValidationTypes.WHITELIST) return null; // promise validation and anything newer
    }
    properties.push(property);
  }
  return { name: cls.name, prototype: cls.prototype as object, properties, positions: new Map(properties.map((p, i) => [p.name, i])) };
}

function nestedPlan(type: unknown, schema: string): ClassPlan | null {
  if (typeof type !== 'function' || UNPLANNABLE_TYPES.has(type)) return null;
  return planOf(type as ClassRef, schema);
}

function checkOf(storage: StorageLike, m: ValidationMetadataLike): Check {
  // validateSync skips async constraints altogether.
  const validators = storage.getTargetValidatorConstraints(m.constraintCls).filter((c) => !c.async).map((c) => c.instance.validate.bind(c.instance));
  return { each: m.each, constraints: m.constraints, validateIf: m.validateIf, validators };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

// Indexed loops, and `run` skips the call for an empty list: this runs for every property of
// every consumed event (bench/README.md, item 31).
function passes(checks: readonly Check[], object: Record<string, unknown>, className: string, property: string, value: unknown): boolean {
  for (let c = 0; c < checks.length; c++) {
    const check = checks[c];
    if (check.validateIf && !check.validateIf(object, value)) continue;
    if (check.each && (value instanceof Set || value instanceof Map)) return false;
    const args: ValidationArguments = { targetName: className, property, object, value, constraints: check.constraints as unknown[] };
    const validators = check.validators;
    if (!(check.each && Array.isArray(value))) {
      for (let v = 0; v < validators.length; v++) if (!accepted(validators[v](value, args))) return false;
      continue;
    }
    for (let v = 0; v < validators.length; v++) {
      for (let i = 0; i < value.length; i++) if (!accepted(validators[v](value[i], args))) return false;
    }
  }
  return true;
}

/** A promise is class-validator's async road, which validateSync does not take: not sure. */
function accepted(answer: unknown): boolean {
  return !!answer && typeof (answer as Promise<unknown>).then !== 'function';
}

/** What class-transformer copies for a value without `@Type`: arrays and plain objects anew, skipping keys it never copies. */
function copyUntyped(value: unknown): unknown | typeof NOT_SURE {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copy = copyUntyped(item);
      if (copy === NOT_SURE) return NOT_SURE;
      out.push(copy);
    }
    return out;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (!isPlainObject(value)) return NOT_SURE;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key in Object.prototype) continue; // class-transformer skips __proto__, constructor and Object.prototype's methods
    const copy = copyUntyped(value[key]);
    if (copy === NOT_SURE) return NOT_SURE;
    out[key] = copy;
  }
  return out;
}

function nestedValue(plan: ClassPlan | null, value: unknown): unknown | typeof NOT_SURE {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const r = item === undefined ? NOT_SURE : nestedValue(plan, item);
      if (r === NOT_SURE) return NOT_SURE;
      out.push(r);
    }
    return out;
  }
  // A nested object without a @Type class stays plain, and forbidUnknownValues refuses it.
  if (!plan || !isPlainObject(value)) return NOT_SURE;
  return run(plan, value);
}

function run(plan: ClassPlan, object: Record<string, unknown>, skip?: string): Record<string, unknown> | typeof NOT_SURE {
  const properties = plan.properties;
  if (properties.length === 0) return NOT_SURE; // forbidUnknownValues: a class without metadata
  /** Results of nested properties by position; a hole where the value is copied as sent. */
  let nested: unknown[] | undefined;
  for (let p = 0; p < properties.length; p++) {
    const property = properties[p];
    if (property.name === skip) continue;
    const value = own(object, property.name);
    let validate = true;
    const conditions = property.conditions;
    for (let c = 0; c < conditions.length; c++) validate = conditions[c](object, value) && validate;
    if (!validate) continue;
    if (property.defined.length > 0 && !passes(property.defined, object, plan.name, property.name, value)) return NOT_SURE;
    if (!passes(property.checks, object, plan.name, property.name, value)) return NOT_SURE;
    if (property.nested && value !== undefined) {
      const result = nestedValue(property.nested.plan(), value);
      if (result === NOT_SURE) return NOT_SURE;
      (nested ??= new Array(properties.length))[p] = result;
    }
  }
  // The whitelist: only properties with metadata survive, in the order they were sent.
  const out = Object.create(plan.prototype) as Record<string, unknown>;
  const keys = Object.keys(object);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const position = plan.positions.get(key);
    if (position === undefined || key === skip) continue;
    // A nested result is never undefined; a property left unchecked (a false @ValidateIf) is copied as sent.
    const result = nested?.[position];
    const value = result !== undefined ? result : copyUntyped(object[key]);
    if (value === NOT_SURE) return NOT_SURE;
    out[key] = value;
  }
  return out;
}

/**
 * `plain` checked against `cls` as `plainToInstance` + `validateSync` would, returning the
 * whitelisted copy when it is certainly valid and `NOT_SURE` otherwise. `skip` leaves one
 * property out of both (the envelope's `data`, which is checked on its own).
 */
export function validatePlain(cls: ClassRef, plain: unknown, skip?: string): Record<string, unknown> | typeof NOT_SURE {
  if (!isPlainObject(plain)) return NOT_SURE;
  const plan = planOf(cls, undefined);
  return plan ? run(plan, plain, skip) : NOT_SURE;
}
