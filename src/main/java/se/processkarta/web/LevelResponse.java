package se.processkarta.web;

import io.micronaut.serde.annotation.Serdeable;

/** One of the five Klassa levels. */
@Serdeable
record LevelResponse(int level, String id, String label, String name, String nameEn) {}
