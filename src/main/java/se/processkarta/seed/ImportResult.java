package se.processkarta.seed;

import java.util.Optional;

/**
 * What an import did. {@code version} is empty when the seed was the same as the one imported last,
 * and nothing was written.
 */
public record ImportResult(
    boolean changed,
    int elements,
    int people,
    int roles,
    int allocations,
    Optional<Long> version) {}
