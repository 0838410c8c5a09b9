package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What one revision of an assignment stores, as JSON. */
@Serdeable
record Document(
    AssignmentState state, Brief brief, List<Approval> approvals, List<FollowUp> followUps) {

  Document {
    approvals = List.copyOf(approvals);
    followUps = List.copyOf(followUps);
  }
}
