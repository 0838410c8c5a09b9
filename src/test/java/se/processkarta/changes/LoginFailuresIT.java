package se.processkarta.changes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/** {@link LoginFailuresContract} on the default H2 store. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginFailuresIT extends LoginFailuresContract implements SharedGraph {}
