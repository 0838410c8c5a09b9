package se.processkarta.assignments;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import se.processkarta.roles.AssignmentLoad;
import se.processkarta.roles.WorkloadSource;

/** Decided assignments' shares, for the over-allocation report in {@code roles}. */
@Singleton
class AssignmentWorkload implements WorkloadSource {

  private final AssignmentService assignments;

  AssignmentWorkload(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public List<AssignmentLoad> loads(LocalDate date) {
    return assignments.shares(date);
  }
}
