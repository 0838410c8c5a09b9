package se.processkarta.seed;

/** A value read from a seed file, with where it stands, for error messages. */
record Located<T>(T value, String file, int line) {}
