import { Injectable } from '@nestjs/common';
import { DomainError, InjectConfig } from '@selaras/service-kit';
import { ReportingConfig } from '../config';

/**
 * Open live streams, per token subject and in total (issue 23): each holds a socket and a place in
 * every delivery, and 200 of them on one viewer token were all accepted. Beyond a cap the stream
 * is refused with 429 before its headers are sent; a slot is given back when the stream closes.
 */
@Injectable()
export class StreamSlots {
  private readonly bySubject = new Map<string, number>();
  private total = 0;

  constructor(@InjectConfig() private readonly config: ReportingConfig) {}

  /** Takes a slot for `subject`, or refuses; the returned function gives it back (once). */
  take(subject: string): () => void {
    const mine = this.bySubject.get(subject) ?? 0;
    if (mine >= this.config.STREAM_MAX_PER_SUBJECT) {
      throw new DomainError('STREAMS_EXHAUSTED', 'too_many', `this token already has ${mine} live streams open (at most ${this.config.STREAM_MAX_PER_SUBJECT}); close one first`, [], { retryAfterSeconds: 30 });
    }
    if (this.total >= this.config.STREAM_MAX_TOTAL) {
      throw new DomainError('STREAMS_EXHAUSTED', 'too_many', `the service already serves ${this.total} live streams (at most ${this.config.STREAM_MAX_TOTAL}); try again later`, [], { retryAfterSeconds: 30 });
    }
    this.bySubject.set(subject, mine + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.bySubject.get(subject) ?? 1) - 1;
      if (left > 0) this.bySubject.set(subject, left);
      else this.bySubject.delete(subject);
    };
  }

  get open(): number {
    return this.total;
  }
}
