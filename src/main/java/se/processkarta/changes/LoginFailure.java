package se.processkarta.changes;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Failed logins for one user name since {@code firstAt}. */
@MappedEntity("login_failure")
record LoginFailure(@Id String username, int failures, Instant firstAt) {}
