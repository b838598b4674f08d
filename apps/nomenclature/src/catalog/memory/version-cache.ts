import type { VersionStamp } from '../../versions/version-store.service';

/**
 * Built things per version stamp (id and last activation), the least recently used dropped
 * beyond `capacity`. A version activated again has a new stamp, so it is built again: its
 * retired codes are recomputed at every activation. A build that fails is not kept.
 */
export class VersionCache<T> {
  /** By stamp key, least recently used first. */
  private readonly built = new Map<string, Promise<T>>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.built.size;
  }

  get(stamp: VersionStamp, build: (stamp: VersionStamp) => Promise<T>): Promise<T> {
    const key = `${stamp.id}@${stamp.activatedAt?.getTime() ?? 'never'}`;
    let value = this.built.get(key);
    if (value) {
      this.built.delete(key); // most recently used goes last
    } else {
      value = build(stamp);
      const kept = value;
      kept.catch(() => this.built.get(key) === kept && this.built.delete(key));
    }
    this.built.set(key, value);
    while (this.built.size > this.capacity) this.built.delete(this.built.keys().next().value as string);
    return value;
  }
}
