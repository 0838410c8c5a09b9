package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChangeRequestRepository extends CrudRepository<ChangeRequest, Long> {

  List<ChangeRequest> findByStateOrderByIdAsc(String state);

  List<ChangeRequest> findByStateAndAuthorOrderByIdDesc(String state, String author);

  List<ChangeRequest> findByStateOrderByIdDesc(String state);

  List<ChangeRequest> findByAuthorOrderByIdDesc(String author);

  List<ChangeRequest> findAllOrderByIdDesc();

  long countByStateAndAuthorNotEqual(String state, String author);

  /** Moves a change on only from the state it was read in: two reviewers cannot both win. */
  @Query("UPDATE change_request SET state = :to, updated_at = :at WHERE id = :id AND state = :from")
  long transition(long id, String from, String to, Instant at);

  @Query(
      "UPDATE change_request SET state = :to, updated_at = :at, reviewer = :reviewer,"
          + " review_comment = :comment WHERE id = :id AND state = :from")
  long review(
      long id, String from, String to, String reviewer, @Nullable String comment, Instant at);

  /** An approval that could not be applied: back to SUBMITTED, as it was before it. */
  @Query(
      "UPDATE change_request SET state = 'SUBMITTED', updated_at = :at, reviewer = NULL,"
          + " review_comment = NULL WHERE id = :id AND state = 'APPROVED'")
  long reopen(long id, Instant at);

  @Query(
      "UPDATE change_request SET state = 'APPLIED', updated_at = :at, applied_version = :version"
          + " WHERE id = :id AND state = 'APPROVED'")
  long markApplied(long id, long version, Instant at);

  @Query("UPDATE change_request SET base_version = :version, updated_at = :at WHERE id = :id")
  long rebase(long id, long version, Instant at);
}
