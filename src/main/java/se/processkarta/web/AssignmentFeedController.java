package se.processkarta.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.processkarta.assignments.Assignment;
import se.processkarta.assignments.AssignmentFilter;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.assignments.AssignmentState;
import se.processkarta.assignments.Participant;

/**
 * The intranet's feeds of decided assignments (and closed ones, which were decided): Atom at {@code
 * /uppdrag.atom} and JSON Feed 1.1 at {@code /uppdrag.json}, each entry with the responsibility,
 * the participants and the purpose. Written with StAX, so every text is escaped.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Uppdrag")
class AssignmentFeedController {

  static final String ATOM = "application/atom+xml";
  static final String JSON_FEED = "application/feed+json";
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

  private final AssignmentService assignments;

  AssignmentFeedController(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Serdeable
  record JsonFeed(
      String version, String title, String home_page_url, String feed_url, List<Item> items) {}

  @Serdeable
  record Item(
      String id,
      String url,
      String title,
      String summary,
      String content_text,
      String date_published,
      String date_modified,
      List<String> tags) {}

  private List<Assignment> published() {
    List<Assignment> out = new ArrayList<>();
    out.addAll(assignments.list(AssignmentFilter.ofState(AssignmentState.DECIDED)));
    out.addAll(assignments.list(AssignmentFilter.ofState(AssignmentState.CLOSED)));
    out.sort(
        java.util.Comparator.comparing(Assignment::updatedAt)
            .reversed()
            .thenComparingLong(Assignment::id));
    return out;
  }

  @Get(value = "/uppdrag.atom", produces = ATOM)
  HttpResponse<String> atom() {
    List<Assignment> list = published();
    Instant updated = list.isEmpty() ? Instant.EPOCH : list.get(0).updatedAt();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("feed");
      w.writeDefaultNamespace(ATOM_NS);
      w.writeAttribute("xml:lang", "sv");
      element(w, "id", "urn:processkarta:uppdrag");
      element(w, "title", "Beslutade uppdrag");
      element(w, "updated", updated.toString());
      link(w, "self", "/uppdrag.atom", ATOM);
      link(w, "alternate", "/uppdrag", "text/html");
      w.writeStartElement("author");
      element(w, "name", "Processkarta");
      w.writeEndElement();
      for (Assignment a : list) {
        w.writeStartElement("entry");
        element(w, "id", "urn:processkarta:uppdrag:" + a.id());
        element(w, "title", a.title());
        element(w, "updated", a.updatedAt().toString());
        element(w, "published", a.createdAt().toString());
        link(w, "alternate", "/api/assignments/" + a.id(), MediaType.APPLICATION_JSON);
        w.writeStartElement("category");
        w.writeAttribute("term", a.kind().name());
        w.writeEndElement();
        w.writeStartElement("category");
        w.writeAttribute("term", a.form().name());
        w.writeEndElement();
        element(w, "summary", a.brief().purpose() == null ? a.title() : a.brief().purpose());
        w.writeStartElement("content");
        w.writeAttribute("type", "text");
        w.writeCharacters(text(a));
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return HttpResponse.ok(out.toString()).contentType(ATOM + ";charset=UTF-8");
  }

  @Get(value = "/uppdrag.json", produces = JSON_FEED)
  HttpResponse<JsonFeed> json() {
    List<Item> items =
        published().stream()
            .map(
                a ->
                    new Item(
                        "urn:processkarta:uppdrag:" + a.id(),
                        "/api/assignments/" + a.id(),
                        a.title(),
                        a.brief().purpose() == null ? a.title() : a.brief().purpose(),
                        text(a),
                        a.createdAt().toString(),
                        a.updatedAt().toString(),
                        List.of(a.kind().name(), a.form().name(), a.state().name())))
            .toList();
    return HttpResponse.ok(
            new JsonFeed(
                "https://jsonfeed.org/version/1.1",
                "Beslutade uppdrag",
                "/uppdrag",
                "/uppdrag.json",
                items))
        .contentType(JSON_FEED);
  }

  /** The entry's text: responsibility, participants and purpose, as the intranet shows them. */
  private static String text(Assignment a) {
    var b = a.brief();
    String people =
        b.participants().stream()
            .map(AssignmentFeedController::person)
            .collect(Collectors.joining(", "));
    StringBuilder s = new StringBuilder();
    s.append("Huvudansvarig: ").append(name(b.participants(), b.responsibleId())).append('\n');
    s.append("Ansvarig chef: ").append(name(b.participants(), b.managerId())).append('\n');
    s.append("Period: ").append(b.start()).append(" \u2013 ").append(b.end()).append('\n');
    s.append("Deltagare: ").append(people).append('\n');
    if (b.purpose() != null) {
      s.append("Syfte: ").append(b.purpose()).append('\n');
    }
    if (b.processCode() != null) {
      s.append("Process: ").append(b.processCode()).append('\n');
    }
    if (b.diaryNumber() != null) {
      s.append("Diarienummer: ").append(b.diaryNumber()).append('\n');
    }
    return s.toString();
  }

  private static String person(Participant p) {
    String n = p.name() == null ? p.personId() : p.name();
    return p.group() == null ? n : n + " (" + p.group() + ")";
  }

  private static String name(List<Participant> ps, String id) {
    return ps.stream()
        .filter(p -> p.personId().equals(id) && p.name() != null)
        .map(Participant::name)
        .findFirst()
        .orElse(id);
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href, String type)
      throws XMLStreamException {
    w.writeStartElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("href", href);
    w.writeAttribute("type", type);
    w.writeEndElement();
  }
}
