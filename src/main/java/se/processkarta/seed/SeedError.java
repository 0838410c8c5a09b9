package se.processkarta.seed;

/** One thing wrong in a seed: the file, the line and the reason in the user's language. */
record SeedError(String file, int line, String reason) {

  @Override
  public String toString() {
    // A file-level error (unreadable, not UTF-8, too large) has no line to point at.
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
