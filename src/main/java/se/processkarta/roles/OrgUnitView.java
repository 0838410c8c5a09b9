package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An organisational unit with its parent and the number of people in it. */
@Serdeable
public record OrgUnitView(
    String id, String name, String kind, @Nullable String parentId, int people) {}
