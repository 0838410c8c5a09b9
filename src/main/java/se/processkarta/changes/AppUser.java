package se.processkarta.changes;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A stored user: the password only as its Argon2id hash, permissions comma-separated. */
@MappedEntity("app_user")
record AppUser(
    @Id String username,
    String displayName,
    String passwordHash,
    String permissions,
    boolean disabled,
    Instant createdAt) {}
