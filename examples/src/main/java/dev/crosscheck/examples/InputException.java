package dev.crosscheck.examples;

/**
 * A usage or input error the user can fix (a missing file, bytes that are not UTF-8, too few
 * reports). The command line prints its message as one line and exits with status 2; it never
 * carries a stack trace to the user.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a one-line message that names the offending input. */
  InputException(String message) {
    super(message, null, false, false);
  }
}
