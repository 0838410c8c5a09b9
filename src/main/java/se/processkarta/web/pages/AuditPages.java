package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.processkarta.changes.AuditEvent;
import se.processkarta.changes.AuditLog;
import se.processkarta.changes.ModelVersion;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.SwedishTime;
import se.processkarta.web.http.Language;

/**
 * The reviewers' record of what happened: the published model versions and the audit log, each
 * filtered by date, user and (for the log) element code, and paged. They read the same services as
 * {@code /api/versions} and {@code /api/audit}; a bad filter value is shown at its field.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Permission.REVIEWER_ROLE)
class AuditPages {

  static final int PAGE_SIZE = 50;

  private final AuditLog audit;
  private final PageRenderer pages;
  private final WebMessages text;

  private final Users users;

  AuditPages(AuditLog audit, PageRenderer pages, WebMessages text, Users users) {
    this.users = users;
    this.audit = audit;
    this.pages = pages;
    this.text = text;
  }

  /** The published versions are public, as {@code /api/versions} is: anyone may read them. */
  @Get(value = "/versioner", produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<String> versions(
      HttpRequest<?> request,
      @Nullable Authentication auth,
      @QueryValue @Nullable String fran,
      @QueryValue @Nullable String till,
      @QueryValue @Nullable String anvandare,
      @QueryValue @Nullable String sida) {
    Locale locale = Language.of(request);
    Filter f = new Filter(fran, till, anvandare, null, locale);
    List<ModelVersion> all = new ArrayList<>(audit.versions());
    List<AuditRow> rows = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      ModelVersion v = all.get(i);
      LocalDate day = SwedishTime.dayOf(v.createdAt());
      if (f.from != null && day.isBefore(f.from)
          || f.to != null && day.isAfter(f.to)
          || f.user != null && !f.user.equals(v.author())) {
        continue;
      }
      rows.add(
          new AuditRow(
              HistoryRow.FORMAT.format(v.createdAt()),
              v.author() == null ? "" : users.displayName(v.author()),
              v.summary(),
              null,
              v.changeId(),
              v.number()));
    }
    return answer("versions", request, auth, f, rows, sida, false);
  }

  @Get(value = "/granskningslogg", produces = MediaType.TEXT_HTML)
  HttpResponse<String> log(
      HttpRequest<?> request,
      Authentication auth,
      @QueryValue @Nullable String fran,
      @QueryValue @Nullable String till,
      @QueryValue @Nullable String anvandare,
      @QueryValue @Nullable String kod,
      @QueryValue @Nullable String sida) {
    Locale locale = Language.of(request);
    Filter f = new Filter(fran, till, anvandare, kod, locale);
    List<AuditRow> rows = new ArrayList<>();
    boolean truncated = false;
    if (f.errors.isEmpty()) {
      List<AuditEvent> found =
          audit.newest(
              f.from == null ? null : f.from.toString(),
              f.to == null ? null : f.to.toString(),
              f.user,
              f.code);
      truncated = found.size() >= 1000;
      Map<String, String> names =
          users.displayNames(found.stream().map(AuditEvent::actor).toList());
      for (AuditEvent e : found) {
        String detail = e.detail();
        if (detail != null && detail.startsWith("operation ")) {
          detail = null; // the operation's number inside its change: the change link says more
        }
        rows.add(
            new AuditRow(
                HistoryRow.FORMAT.format(e.occurredAt()),
                names.getOrDefault(e.actor(), e.actor()),
                action(locale, e.action()) + (detail == null ? "" : ": " + states(locale, detail)),
                e.code() != null ? e.code() : subject(locale, e.subject()),
                e.changeId(),
                e.modelVersion()));
      }
    }
    return answer("audit", request, auth, f, rows, sida, truncated);
  }

  /** What a line is about in words: "Ändring 3", "Uppdrag 5", not the log's "change:3". */
  private String subject(Locale locale, @Nullable String subject) {
    if (subject == null) {
      return null;
    }
    int colon = subject.indexOf(':');
    if (colon > 0) {
      String key = "web.audit.subject." + subject.substring(0, colon);
      String t = text.text(locale, key, subject.substring(colon + 1));
      if (!t.startsWith("web.audit.subject.")) {
        return t;
      }
    }
    return subject;
  }

  /** The state that ends a line's detail ("… → DECIDED") in words. */
  private String states(Locale locale, String detail) {
    java.util.regex.Matcher m = STATE.matcher(detail);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      String t = text.text(locale, "assignments.state." + word);
      if (t.startsWith("assignments.state.")) {
        t = text.text(locale, "web.state." + word);
      }
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(t.startsWith("web.state.") ? word : t));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final java.util.regex.Pattern STATE =
      java.util.regex.Pattern.compile("(?<=\u2192 )[A-Z_]+$");

  private String action(Locale locale, String action) {
    for (String key : List.of("web.op." + action, "web.audit.action." + action)) {
      String t = text.text(locale, key);
      if (!t.equals(key)) {
        return t;
      }
    }
    return action;
  }

  private HttpResponse<String> answer(
      String view,
      HttpRequest<?> request,
      Authentication auth,
      Filter f,
      List<AuditRow> rows,
      @Nullable String sida,
      boolean truncated) {
    int pageCount = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = 1;
    if (sida != null && !sida.isBlank()) {
      try {
        page = Integer.parseInt(sida.strip());
      } catch (NumberFormatException e) {
        page = 0;
      }
      if (page < 1 || page > pageCount) {
        f.errors.put(
            "sida",
            Messages.format(f.locale, "web.audit.badPage", List.of(String.valueOf(pageCount))));
        page = 1;
      }
    }
    int from = (page - 1) * PAGE_SIZE;
    Map<String, Object> m = Pages.model(request, auth);
    m.put("filter", f.view());
    m.put(
        "rows", rows.subList(Math.min(from, rows.size()), Math.min(from + PAGE_SIZE, rows.size())));
    m.put("total", rows.size());
    m.put("page", page);
    m.put("pageCount", pageCount);
    m.put("query", f.query());
    m.put("truncated", truncated);
    return f.errors.isEmpty()
        ? pages.page(view, m, request)
        : pages.invalid(view, m, request, HttpStatus.BAD_REQUEST);
  }

  /** The filter as typed, parsed where it could be, and the reason for each field it could not. */
  private static final class Filter {
    final Locale locale;
    final String fromText;
    final String toText;
    final String userText;
    final String codeText;
    final Map<String, String> errors = new LinkedHashMap<>();
    LocalDate from;
    LocalDate to;
    String user;
    String code;

    Filter(
        @Nullable String from,
        @Nullable String to,
        @Nullable String user,
        @Nullable String code,
        Locale locale) {
      this.locale = locale;
      this.fromText = strip(from);
      this.toText = strip(to);
      this.userText = strip(user);
      this.codeText = strip(code);
      this.from = date("fran", fromText);
      this.to = date("till", toText);
      this.user = userText.isEmpty() ? null : userText;
      if (!codeText.isEmpty()) {
        try {
          this.code = Code.parse(codeText).toString();
        } catch (InvalidInputException e) {
          errors.put("kod", Messages.format(locale, e.messageKey(), e.arguments()));
        }
      }
    }

    private LocalDate date(String field, String value) {
      try {
        return SwedishTime.parseDate(value);
      } catch (InvalidInputException e) {
        errors.put(field, Messages.format(locale, e.messageKey(), e.arguments()));
        return null;
      }
    }

    AuditFilter view() {
      return new AuditFilter(fromText, toText, userText, codeText, Map.copyOf(errors));
    }

    /** The filter as a query string for the paging links (without the page). */
    String query() {
      StringBuilder q = new StringBuilder();
      add(q, "fran", fromText);
      add(q, "till", toText);
      add(q, "anvandare", userText);
      add(q, "kod", codeText);
      return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
      if (!value.isEmpty()) {
        q.append('&')
            .append(name)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }

    private static String strip(@Nullable String s) {
      return s == null ? "" : s.strip();
    }
  }
}
