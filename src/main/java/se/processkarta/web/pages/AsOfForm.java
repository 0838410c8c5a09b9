package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Map;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;

/**
 * A page's "as of" control as the reader filled it in: the values to show again, and when one was
 * refused, which field ({@code asOf} or {@code version}) and the Swedish reason.
 */
public record AsOfForm(
    String asOf, String version, @Nullable String errorField, @Nullable String error) {

  public boolean dateInvalid() {
    return "asOf".equals(errorField);
  }

  public boolean versionInvalid() {
    return "version".equals(errorField);
  }

  /** The version a page shows (empty: today's model) and the control to show with it. */
  record Resolved(VersionRef version, AsOfForm form) {

    /**
     * Puts the control, the banner's version and day ({@code past}, null for today's model) and the
     * query that keeps links on the version ({@code pageQuery}, {@code versionQuery}) into a page
     * model.
     */
    void into(Map<String, Object> m, ModelReads reads) {
      m.put("asOfForm", form);
      m.put("pageQuery", pageQuery());
      if (version instanceof VersionRef.Past p) {
        long n = p.version();
        m.put("past", new PastView(n, reads.publishedOn(p).toString()));
        m.put("versionQuery", "&version=" + n);
      } else {
        m.put("past", null);
        m.put("versionQuery", "");
      }
    }

    /** The query that keeps a link on this version ({@code ?version=N}), empty for today's. */
    String pageQuery() {
      return version instanceof VersionRef.Past p ? "?version=" + p.version() : "";
    }
  }

  /**
   * Resolves {@code ?version=} or {@code ?asOf=}. A wrong date or version is the reader's typing
   * error: today's model, with the message next to the field it concerns (the page then answers
   * 400, so that nothing caches it as the answer).
   */
  static Resolved resolve(
      ModelReads reads, @Nullable String version, @Nullable String asOf, Locale locale) {
    AsOfForm form = new AsOfForm(blankToEmpty(asOf), blankToEmpty(version), null, null);
    try {
      return new Resolved(reads.resolve(version, asOf), form);
    } catch (InvalidInputException bad) {
      String field = bad.field().orElse("version");
      return new Resolved(
          VersionRef.CURRENT,
          new AsOfForm(
              form.asOf(),
              form.version(),
              field,
              Messages.format(locale, bad.messageKey(), bad.arguments())));
    }
  }

  private static String blankToEmpty(@Nullable String s) {
    return s == null ? "" : s.strip();
  }
}
