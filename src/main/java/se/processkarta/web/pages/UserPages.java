package se.processkarta.web.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.processkarta.changes.Permission;
import se.processkarta.changes.UserView;
import se.processkarta.changes.Users;
import se.processkarta.model.ConflictException;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.web.http.Language;

/**
 * User administration for the modellansvarig: the list, a new user with a permission, a changed
 * permission, and disabling or enabling an account, all through {@link Users}. A refused new user
 * comes back with the reason at its field; nobody can lower or disable their own account here, so
 * the last modellansvarig cannot lock everyone out by mistake.
 */
@Hidden
@Controller("/anvandare")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Permission.OWNER_ROLE)
class UserPages {

  /** The permissions from the lowest, each including the ones before it. */
  static final List<String> PERMISSIONS =
      Arrays.stream(Permission.values()).map(Permission::name).toList();

  private final Users users;
  private final PageRenderer pages;

  UserPages(Users users, PageRenderer pages) {
    this.users = users;
    this.pages = pages;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<String> list(HttpRequest<?> request, Authentication auth) {
    return show(
        request, auth, new UserForm("", "", Permission.READER.name(), Map.of()), HttpStatus.OK);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  HttpResponse<?> create(
      HttpRequest<?> request, Authentication auth, @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    String username = value(form, "username");
    String display = value(form, "displayName");
    String permission = value(form, "permission");
    try {
      users.create(username, form.get("password"), display, List.of(permission));
    } catch (InvalidInputException | ConflictException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      errors.put(
          e.field().orElse("username"),
          Messages.format(Language.of(request), e.messageKey(), e.arguments()));
      return show(
          request,
          auth,
          new UserForm(username, display, permission, errors),
          e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
    }
    return HttpResponse.seeOther(URI.create("/anvandare"));
  }

  @Post(
      value = "/{username}/behorighet",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  HttpResponse<?> permission(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable String username,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    notYourself(auth, username);
    String permission = value(form, "permission");
    users.update(username, List.of(permission), null, null, null);
    return HttpResponse.seeOther(URI.create("/anvandare"));
  }

  @Post(
      value = "/{username}/konto",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  HttpResponse<?> account(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable String username,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    notYourself(auth, username);
    String disabled = value(form, "disabled");
    if (!disabled.equals("true") && !disabled.equals("false")) {
      throw new InvalidInputException("web.users.badAccountState");
    }
    users.update(username, null, Boolean.valueOf(disabled), null, null);
    return HttpResponse.seeOther(URI.create("/anvandare"));
  }

  private static void notYourself(Authentication auth, String username) {
    if (auth.getName().equalsIgnoreCase(username == null ? "" : username.strip())) {
      throw new InvalidInputException("web.users.notYourself");
    }
  }

  private HttpResponse<String> show(
      HttpRequest<?> request, Authentication auth, UserForm form, HttpStatus status) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("users", users.list().stream().map(UserPages::row).toList());
    m.put("permissions", PERMISSIONS);
    m.put("form", form);
    return status == HttpStatus.OK
        ? pages.page("users", m, request)
        : pages.invalid("users", m, request, status);
  }

  /** A user as the list shows them: the highest permission held, which includes the rest. */
  static UserRow row(UserView u) {
    String highest = Permission.READER.name();
    for (String p : PERMISSIONS) {
      if (u.permissions().contains(p)) {
        highest = p;
      }
    }
    return new UserRow(u.username(), u.displayName(), highest, u.disabled());
  }

  private static String value(Map<String, String> form, String name) {
    String v = form.get(name);
    return v == null ? "" : v.strip();
  }
}
