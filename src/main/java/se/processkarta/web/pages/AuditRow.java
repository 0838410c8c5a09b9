package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;

/**
 * One line of the versions or audit page: when, who, what, about which element, change, version.
 */
public record AuditRow(
    String when,
    String actor,
    String what,
    @Nullable String subject,
    @Nullable Long changeId,
    @Nullable Long version) {}
