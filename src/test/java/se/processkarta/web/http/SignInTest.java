package se.processkarta.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTest {

  @Test
  void aPathHereIsFollowed() {
    assertThat(SignIn.safeNext("/andringar?status=SUBMITTED"))
        .isEqualTo("/andringar?status=SUBMITTED");
    assertThat(SignIn.safeNext("/processer/3.5.2")).isEqualTo("/processer/3.5.2");
  }

  @Test
  void anythingElseGoesToTheStartPage() {
    for (String next :
        new String[] {
          null,
          "",
          "andringar",
          "//evil.example/",
          "/\\evil.example",
          "https://evil.example/",
          "javascript:alert(1)",
          "/logga-in?next=/x",
          "/a\r\nSet-Cookie: x=1",
          "/" + "a".repeat(3000)
        }) {
      assertThat(SignIn.safeNext(next)).as(String.valueOf(next)).isEqualTo("/");
    }
  }

  @Test
  void theSignInPageCarriesWhereToGoAndARefusal() {
    assertThat(SignIn.page("/andringar", false)).hasToString("/logga-in?next=%2Fandringar");
    assertThat(SignIn.page("/andringar", true)).hasToString("/logga-in?fel=1&next=%2Fandringar");
    assertThat(SignIn.page("/", true)).hasToString("/logga-in?fel=1");
    assertThat(SignIn.page("//evil", false)).hasToString("/logga-in");
  }
}
