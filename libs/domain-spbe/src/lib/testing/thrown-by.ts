/** The error `fn` throws, for assertions on its fields; fails the test when nothing is thrown. */
export function thrownBy(fn: () => unknown): Error & { code?: string; problems?: readonly string[] } {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}
