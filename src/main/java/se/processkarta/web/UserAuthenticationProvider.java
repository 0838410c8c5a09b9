package se.processkarta.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Locale;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;
import se.processkarta.web.http.ClientAddress;

/**
 * Checks HTTP Basic credentials against the stored users, on the blocking executor (Argon2 takes
 * tens of milliseconds). The roles are the user's permissions with everything they include.
 */
@Singleton
class UserAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

  private final Users users;

  UserAuthenticationProvider(Users users) {
    this.users = users;
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> requestContext, AuthenticationRequest<String, String> authRequest) {
    String name = authRequest.getIdentity();
    return users
        .login(name, authRequest.getSecret(), ClientAddress.of(requestContext))
        .map(
            p ->
                AuthenticationResponse.success(
                    name.strip().toLowerCase(Locale.ROOT), Permission.roleNames(p)))
        .orElseGet(
            () ->
                AuthenticationResponse.failure(
                    AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
  }
}
