package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import se.processkarta.changes.Permission;
import se.processkarta.changes.UserView;
import se.processkarta.changes.Users;

/** Users and permissions: the modellansvarig manages them; anyone logged in sees themselves. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

  private final Users users;

  UserController(Users users) {
    this.users = users;
  }

  @Serdeable
  record NewUser(
      @Nullable String username,
      @Nullable String password,
      @Nullable String displayName,
      @Nullable List<String> permissions) {}

  @Serdeable
  record UserPatch(
      @Nullable List<String> permissions,
      @Nullable Boolean disabled,
      @Nullable String displayName,
      @Nullable String password) {}

  /** Who is logged in, with the permissions that include each other spelled out. */
  @Serdeable
  record Me(String username, String displayName, List<String> permissions) {}

  @Post("/users")
  @Status(HttpStatus.CREATED)
  @Secured(Permission.OWNER_ROLE)
  UserView create(@Body NewUser body) {
    return users.create(body.username(), body.password(), body.displayName(), body.permissions());
  }

  @Get("/users")
  @Secured(Permission.OWNER_ROLE)
  List<UserView> list() {
    return users.list();
  }

  @Patch("/users/{username}")
  @Secured(Permission.OWNER_ROLE)
  UserView update(@PathVariable String username, @Body UserPatch body) {
    return users.update(
        username, body.permissions(), body.disabled(), body.displayName(), body.password());
  }

  @Get("/me")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<Me> me(Authentication authentication) {
    UserView u = users.get(authentication.getName());
    return HttpResponse.ok(
        new Me(u.username(), u.displayName(), List.copyOf(authentication.getRoles())));
  }
}
