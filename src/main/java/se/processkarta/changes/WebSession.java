package se.processkarta.changes;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A browser session: the SHA-256 of the cookie's random id, whose it is, and its CSRF token. */
@MappedEntity("web_session")
record WebSession(
    @Id String idHash, String username, String csrf, Instant createdAt, Instant expiresAt) {}
