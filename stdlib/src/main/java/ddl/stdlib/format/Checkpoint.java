package ddl.stdlib.format;

/**
 * Runs an interrupt check (such as {@code Context::check}, which throws to stop) once every few
 * thousand elements, so that formatting a huge array stops soon after Ctrl-C while a small one
 * pays nothing for it.
 */
final class Checkpoint {
  static final Checkpoint NONE = new Checkpoint(() -> {});
  private static final int EVERY = 1 << 12;

  private final Runnable check;
  private int count;

  Checkpoint(Runnable check) {
    this.check = check;
  }

  /** Counts one element; every {@value #EVERY}th runs the check. */
  void tick() {
    if (++count == EVERY) {
      count = 0;
      check.run();
    }
  }
}
