package se.processkarta.imports;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What an import would do to the model: elements added, changed (fields or roles), moved to a new
 * code, and retired; people added; and the number of operations in the change request.
 */
@Serdeable
public record ImportSummary(
    int added, int changed, int moved, int retired, int peopleAdded, int operations) {}
