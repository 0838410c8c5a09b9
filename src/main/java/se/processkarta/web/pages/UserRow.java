package se.processkarta.web.pages;

/** One account on the user administration page, with the highest permission it holds. */
public record UserRow(String username, String displayName, String permission, boolean disabled) {}
