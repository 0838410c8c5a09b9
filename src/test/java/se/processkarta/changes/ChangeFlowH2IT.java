package se.processkarta.changes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/** The change path on H2 in PostgreSQL mode, as in the embedded default. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeFlowH2IT extends ChangeFlowContract implements SharedGraph {}
