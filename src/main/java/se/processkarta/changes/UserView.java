package se.processkarta.changes;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A user as the API shows it: never the password or its hash. */
@Serdeable
public record UserView(
    String username,
    String displayName,
    List<String> permissions,
    boolean disabled,
    Instant createdAt) {

  public UserView {
    permissions = List.copyOf(permissions);
  }
}
