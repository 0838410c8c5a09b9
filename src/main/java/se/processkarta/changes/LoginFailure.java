package se.processkarta.changes;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Failed logins for one user name from one source address since {@code firstAt}, the last at {@code
 * lastAt}. The key is the name and the address (see {@link LoginFailures#key}).
 */
@MappedEntity("login_failure")
record LoginFailure(@Id String attemptKey, int failures, Instant firstAt, Instant lastAt) {}
