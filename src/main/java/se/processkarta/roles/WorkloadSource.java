package se.processkarta.roles;

import java.time.LocalDate;
import java.util.List;

/**
 * Work that adds to people's load besides their allocations to processes, kept outside the graph
 * (the assignments' participants): the over-allocation report counts it, so a resursägare sees a
 * person's processes and assignments together.
 */
public interface WorkloadSource {

  /** The loads that hold on {@code date}. */
  List<AssignmentLoad> loads(LocalDate date);
}
