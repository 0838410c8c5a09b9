package se.processkarta.assignments;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/** The assignment workflow on H2 in PostgreSQL mode, as in the embedded default. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentFlowH2IT extends AssignmentFlowContract implements SharedGraph {}
