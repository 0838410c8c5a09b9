package se.processkarta.web.pages;

/** The earlier model version a page shows, and the day it was published, for the banner. */
public record PastView(long version, String date) {}
