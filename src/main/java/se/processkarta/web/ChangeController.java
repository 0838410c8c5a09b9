package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeComment;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.ChangeView;
import se.processkarta.changes.Operation;
import se.processkarta.changes.Permission;
import se.processkarta.diagrams.ChangeDiagrams;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.web.http.ConditionalGet;

/**
 * Change requests: metodstödjare draft and submit them, modellstödjare approve or reject others'.
 * Approval answers once the change is published.
 */
@Controller("/api/changes")
@ExecuteOn(TaskExecutors.BLOCKING)
class ChangeController {

  private final ChangeService changes;
  private final ChangeDiagrams drawings;

  ChangeController(ChangeService changes, ChangeDiagrams drawings) {
    this.changes = changes;
    this.drawings = drawings;
  }

  @Serdeable
  record Draft(
      @Nullable String title, @Nullable String motivation, @Nullable List<Operation> operations) {}

  @Serdeable
  record Review(@Nullable String comment) {}

  @Serdeable
  record NewComment(@Nullable String body) {}

  @Post
  @Status(HttpStatus.CREATED)
  @Secured(Permission.EDITOR_ROLE)
  ChangeView create(@Body Draft body, Actor actor) {
    return changes.create(actor, body.title(), body.motivation(), body.operations());
  }

  @Put("/{id}")
  @Secured(Permission.EDITOR_ROLE)
  ChangeView update(@PathVariable long id, @Body Draft body, Actor actor) {
    return changes.update(actor, id, body.title(), body.motivation(), body.operations());
  }

  @Get
  @Secured(Permission.EDITOR_ROLE)
  List<ChangeView> list(@Nullable @QueryValue String state, @Nullable @QueryValue String author) {
    return changes.list(state, author);
  }

  @Get("/{id}")
  @Secured(Permission.EDITOR_ROLE)
  ChangeView get(@PathVariable long id) {
    return changes.get(id);
  }

  @Get("/{id}/diff")
  @Secured(Permission.EDITOR_ROLE)
  Map<String, Object> diff(@PathVariable long id) {
    return changes.diff(id);
  }

  /** The before/after drawn: the affected part of the tree with the change's effects marked. */
  @Get(uri = "/{id}/diff.svg", produces = "image/svg+xml")
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<byte[]> diffSvg(@PathVariable long id, HttpRequest<?> request) {
    return drawing(id, DiagramService.Format.SVG, null, request);
  }

  @Get(uri = "/{id}/diff.png", produces = "image/png")
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<byte[]> diffPng(
      @PathVariable long id, @Nullable @QueryValue Integer width, HttpRequest<?> request) {
    return drawing(id, DiagramService.Format.PNG, width, request);
  }

  /** The same drawing as a PDF/A-2b document, at the drawing's own size (for the minutes). */
  @Get(uri = "/{id}/diff.pdf", produces = "application/pdf")
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<byte[]> diffPdf(@PathVariable long id, HttpRequest<?> request) {
    return drawing(id, DiagramService.Format.PDF, null, request);
  }

  private HttpResponse<byte[]> drawing(
      long id, DiagramService.Format format, Integer width, HttpRequest<?> request) {
    Optional<Integer> w = Optional.ofNullable(width);
    ChangeDiagrams.Subject subject = drawings.subject(changes.get(id));
    return ConditionalGet.answer(
        request,
        drawings.etag(subject, format, w),
        () -> Drawn.body(drawings.render(subject, format, w, () -> changes.diff(id))));
  }

  @Post("/{id}/submit")
  @Secured(Permission.EDITOR_ROLE)
  ChangeView submit(@PathVariable long id, Actor actor) {
    return changes.submit(actor, id);
  }

  @Post("/{id}/withdraw")
  @Secured(Permission.EDITOR_ROLE)
  ChangeView withdraw(@PathVariable long id, Actor actor) {
    return changes.withdraw(actor, id);
  }

  @Post("/{id}/rebase")
  @Secured(Permission.EDITOR_ROLE)
  ChangeView rebase(@PathVariable long id, Actor actor) {
    return changes.rebase(actor, id);
  }

  @Post("/{id}/approve")
  @Secured(Permission.REVIEWER_ROLE)
  ChangeView approve(@PathVariable long id, @Nullable @Body Review body, Actor actor) {
    return changes.approve(actor, id, body == null ? null : body.comment());
  }

  @Post("/{id}/reject")
  @Secured(Permission.REVIEWER_ROLE)
  ChangeView reject(@PathVariable long id, @Nullable @Body Review body, Actor actor) {
    return changes.reject(actor, id, body == null ? null : body.comment());
  }

  @Post("/{id}/comments")
  @Status(HttpStatus.CREATED)
  @Secured(Permission.EDITOR_ROLE)
  ChangeComment comment(@PathVariable long id, @Body NewComment body, Actor actor) {
    return changes.comment(actor, id, body.body());
  }
}
