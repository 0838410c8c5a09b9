package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An assignment as the API shows it: its state and brief, whether it is long, the brief fields its
 * length still misses, the approvals given and the managers still to approve, and its follow-ups.
 */
@Serdeable
public record Assignment(
    long id,
    int revision,
    AssignmentState state,
    String title,
    AssignmentKind kind,
    OrganisationForm form,
    Brief brief,
    boolean longAssignment,
    List<String> missingFields,
    List<Approval> approvals,
    List<String> pendingApprovals,
    List<FollowUp> followUps,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public Assignment {
    missingFields = List.copyOf(missingFields);
    approvals = List.copyOf(approvals);
    pendingApprovals = List.copyOf(pendingApprovals);
    followUps = List.copyOf(followUps);
  }
}
