package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A person holding a role on an element for a period; an owner may have been delegated the role.
 * When {@code inherited} is true the role is held on the ancestor {@code elementCode}, not on the
 * element asked about.
 */
@Serdeable
public record RoleHolder(
    PersonRef person,
    String elementCode,
    String elementName,
    LocalDate from,
    @Nullable LocalDate to,
    @Nullable PersonRef delegatedBy,
    @Nullable LocalDate delegatedAt,
    boolean inherited) {}
