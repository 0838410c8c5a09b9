package se.processkarta.web.pages;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.processkarta.hierarchy.SearchPage;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;
import se.processkarta.roles.OrgUnitView;
import se.processkarta.roles.PersonListItem;

/**
 * What a form's picker fields mean, for people who know each other by name and processes by name or
 * code: a person typed as a name ("Lena Axelsson", or the picker's "Lena Axelsson (lena-axelsson)")
 * is the person's id, a process typed as a code, "code name" or a name is its code. The one place
 * the change editor and the assignment form read them (and write a person back as the picker
 * would).
 */
@Singleton
final class Pickers {

  /** "Lena Axelsson (lena-axelsson)": the picker's text, the id in the brackets. */
  private static final Pattern WITH_ID = Pattern.compile(".*\\(([^()]+)\\)\\s*$");

  /** "3.5.2 Förskola": a process picked by its code and name. */
  private static final Pattern CODE_FIRST = Pattern.compile("^([0-9][0-9.]*)(\\s.*)?$");

  private final ModelReads reads;

  Pickers(ModelReads reads) {
    this.reads = reads;
  }

  /**
   * A person as typed: the picker's "Name (id)", an id, or a name that exactly one person has.
   *
   * @throws InvalidInputException at {@code field} when nobody or more than one person matches
   */
  String personId(String text, String field) {
    String t = text.strip();
    Matcher m = WITH_ID.matcher(t);
    String id = m.matches() ? m.group(1).strip() : t;
    List<PersonListItem> found = reads.people(id);
    Optional<PersonListItem> byId = found.stream().filter(p -> p.id().equals(id)).findFirst();
    if (byId.isPresent()) {
      return byId.get().id();
    }
    List<PersonListItem> named =
        reads.people(t).stream().filter(p -> p.name().equalsIgnoreCase(t)).toList();
    if (named.size() == 1) {
      return named.get(0).id();
    }
    if (named.isEmpty()) {
      throw new InvalidInputException("web.change.noSuchPerson", t).at(field);
    }
    throw new InvalidInputException("web.change.manyPeople", t, String.valueOf(named.size()))
        .at(field);
  }

  /**
   * A process as typed: a code, "code name" from the picker, or a name that exactly one element
   * has.
   *
   * @throws InvalidInputException at {@code field} when no element or more than one matches
   */
  Code code(String text, String field) {
    String t = text.strip();
    Matcher m = CODE_FIRST.matcher(t);
    if (m.matches()) {
      return ProcesskartaException.about(field, () -> Code.parse(m.group(1)));
    }
    SearchPage hits = reads.search(VersionRef.CURRENT, t, 1, HITS);
    List<SearchPage.Hit> named =
        hits.items().stream().filter(h -> h.name().equalsIgnoreCase(t)).toList();
    if (named.size() == 1) {
      return Code.parse(named.get(0).code());
    }
    throw new InvalidInputException(
            named.isEmpty() ? "web.change.noSuchElement" : "web.change.manyElements", t)
        .at(field);
  }

  private static final int HITS = 50;

  /** The organisation's units as they are now, read once for a page's picker and its answer. */
  Units units() {
    return new Units(reads.orgUnits());
  }

  /** The units a unit picker offers, and how it reads what was typed. */
  record Units(List<OrgUnitView> all) {

    /** As the picker offers them: "Name (id)", by name. */
    List<String> choices() {
      return all.stream()
          .sorted(java.util.Comparator.comparing(OrgUnitView::name))
          .map(u -> u.name() + " (" + u.id() + ")")
          .toList();
    }

    /**
     * A unit as typed: the picker's "Name (id)", an id, or a name that exactly one unit has.
     *
     * @throws InvalidInputException at {@code field} when no unit or more than one matches
     */
    String id(String text, String field) {
      String t = text.strip();
      Matcher m = WITH_ID.matcher(t);
      String id = m.matches() ? m.group(1).strip() : t;
      Optional<OrgUnitView> byId = all.stream().filter(u -> u.id().equals(id)).findFirst();
      if (byId.isPresent()) {
        return byId.get().id();
      }
      List<OrgUnitView> named = all.stream().filter(u -> u.name().equalsIgnoreCase(t)).toList();
      if (named.size() == 1) {
        return named.get(0).id();
      }
      throw new InvalidInputException(
              named.isEmpty() ? "web.picker.noSuchUnit" : "web.picker.manyUnits", t)
          .at(field);
    }
  }

  /** "Lena Axelsson (lena-axelsson)", as the picker writes a person; the id if none is found. */
  String personLabel(String id) {
    return reads.people(id).stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .map(p -> p.name() + " (" + p.id() + ")")
        .orElse(id);
  }
}
