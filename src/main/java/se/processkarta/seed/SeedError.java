package se.processkarta.seed;

/** One thing wrong in a seed: the file, the line and the reason in the user's language. */
record SeedError(String file, int line, String reason) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
