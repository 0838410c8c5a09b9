package se.processkarta.web;

import se.processkarta.diagrams.DiagramService;
import se.processkarta.web.http.ConditionalGet;

/** A drawing as the body of a conditional answer. */
final class Drawn {

  private Drawn() {}

  static ConditionalGet.Body body(DiagramService.Diagram d) {
    return new ConditionalGet.Body(d.body(), d.format().contentType(), d.etag());
  }
}
