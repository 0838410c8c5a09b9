package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One operation of a change as the API takes it and as it is stored: {@code op} names it, and the
 * fields it uses are set (see the README for which go with which).
 */
@Serdeable
public record Operation(
    @Nullable String op,
    @Nullable String code,
    @Nullable String parentCode,
    @Nullable String newParentCode,
    @Nullable String newCode,
    @Nullable String name,
    @Nullable String description,
    @Nullable String purpose,
    @Nullable String recipient,
    @Nullable String role,
    @Nullable String personId,
    @Nullable String from,
    @Nullable String to,
    @Nullable String competence,
    @Nullable String id,
    @Nullable String title,
    @Nullable String email,
    @Nullable String orgUnit,
    @Nullable String poolId,
    @Nullable Integer percent) {}
