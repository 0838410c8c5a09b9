package se.processkarta.diagrams;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.processkarta.changes.ChangeState;
import se.processkarta.changes.ChangeView;
import se.processkarta.changes.RoleDiff;
import se.processkarta.model.Code;
import se.processkarta.model.Messages;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.render.DiffRenderer;

/**
 * The before/after of a change as a drawing ({@code /api/changes/{id}/diff.svg|png}), made from the
 * change's JSON diff: for a change not yet applied, the dry run of its operations on today's model
 * (nothing is written) marked on the current model; for an applied change, its recorded traces on
 * the model version it produced.
 */
@Singleton
public class ChangeDiagrams {

  private final DiagramService diagrams;

  ChangeDiagrams(DiagramService diagrams) {
    this.diagrams = diagrams;
  }

  /** What a request is answered from: the change and the model version it is drawn on. */
  public record Subject(ChangeView change, DiagramService.Version version, String key) {}

  public Subject subject(ChangeView c) {
    long id = c.id();
    DiagramService.Version v =
        c.state() == ChangeState.APPLIED && c.appliedVersion() != null
            ? diagrams.version(c.appliedVersion())
            : diagrams.version();
    String key = "change|" + id + "|" + c.state() + "|" + c.updatedAt() + "|" + v.label();
    return new Subject(c, v, key);
  }

  public String etag(Subject s, DiagramService.Format format, Optional<Integer> width) {
    return diagrams.etag(s.key(), format, width);
  }

  /**
   * Draws (or takes from the cache) the change; {@code diff} is its JSON diff, read only if drawn.
   */
  public DiagramService.Diagram render(
      Subject s,
      DiagramService.Format format,
      Optional<Integer> width,
      Supplier<Map<String, Object>> diff) {
    return diagrams.render(
        s.key(),
        format,
        width,
        () -> {
          ModelSnapshot snapshot = diagrams.snapshot(s.version());
          return DiffRenderer.render(
              snapshot,
              s.change().id(),
              s.change().title(),
              s.change().state().name(),
              marks(diff.get()));
        });
  }

  /** The marks of a JSON diff: one per element operation, role edits as changes of the element. */
  @SuppressWarnings("unchecked")
  static List<DiffRenderer.Mark> marks(Map<String, Object> diff) {
    List<DiffRenderer.Mark> out = new ArrayList<>();
    List<Object> ops = (List<Object>) diff.getOrDefault("operations", List.of());
    for (int i = 0; i < ops.size(); i++) {
      Map<String, Object> op = (Map<String, Object>) ops.get(i);
      Optional<RoleDiff> role = RoleDiff.fromMap(op.get("role"));
      Optional<Code> subject = Code.tryParse(String.valueOf(op.get("subject")));
      if (role.isPresent() && subject.isPresent()) {
        // One holder handing over to the next reads as one line, as in the review's table.
        Optional<RoleDiff> next =
            i + 1 < ops.size()
                ? RoleDiff.fromMap(((Map<String, Object>) ops.get(i + 1)).get("role"))
                : Optional.empty();
        String words;
        if (next.isPresent()
            && role.get().handsOverTo(next.get())
            && subject
                .get()
                .toString()
                .equals(((Map<String, Object>) ops.get(i + 1)).get("subject"))) {
          words = roleWords(role.get(), next.get());
          i++;
        } else {
          words = roleWords(role.get(), null);
        }
        out.add(
            new DiffRenderer.Mark(
                DiffRenderer.Kind.CHANGED, subject.get(), null, null, null, List.of(words)));
        continue;
      }
      Map<String, Object> before = (Map<String, Object>) op.get("before");
      Map<String, Object> after = (Map<String, Object>) op.get("after");
      String kind = String.valueOf(op.get("op"));
      Optional<Code> beforeCode = code(before);
      Optional<Code> afterCode = code(after);
      switch (kind) {
        case "createElement" ->
            afterCode.ifPresent(
                c ->
                    out.add(
                        new DiffRenderer.Mark(
                            DiffRenderer.Kind.ADDED, c, name(after), null, null)));
        case "updateElement" ->
            afterCode.ifPresent(
                c ->
                    out.add(
                        new DiffRenderer.Mark(
                            DiffRenderer.Kind.CHANGED,
                            c,
                            name(after),
                            null,
                            Optional.ofNullable(name(before)))));
        case "moveElement" ->
            afterCode.ifPresent(
                c ->
                    out.add(
                        new DiffRenderer.Mark(
                            DiffRenderer.Kind.MOVED,
                            c,
                            name(after),
                            beforeCode.filter(b -> !b.equals(c)),
                            null)));
        case "retireElement" ->
            beforeCode
                .or(() -> afterCode)
                .ifPresent(
                    c ->
                        out.add(
                            new DiffRenderer.Mark(
                                DiffRenderer.Kind.RETIRED,
                                c,
                                name(before != null ? before : after),
                                null,
                                null)));
        default ->
            Code.tryParse(String.valueOf(op.get("subject")))
                .ifPresent(
                    c ->
                        out.add(
                            new DiffRenderer.Mark(DiffRenderer.Kind.CHANGED, c, null, null, null)));
      }
    }
    return out;
  }

  /** A role change in the drawing's words (the render bundle's), as the review's table says it. */
  private static String roleWords(RoleDiff r, RoleDiff next) {
    String kind = Messages.format(Messages.SWEDISH, "render.diff.role." + r.kind(), List.of());
    if (next != null) {
      return Messages.format(
          Messages.SWEDISH,
          "render.diff.roleReplaced",
          List.of(kind, r.name(), next.name(), next.from()));
    }
    if (r.ended()) {
      return Messages.format(
          Messages.SWEDISH,
          "render.diff.roleEnded",
          List.of(kind, r.name(), String.valueOf(r.to())));
    }
    return Messages.format(
        Messages.SWEDISH,
        "render.diff.roleStarts",
        List.of(kind, r.name(), String.valueOf(r.from())));
  }

  private static Optional<Code> code(Map<String, Object> state) {
    return state == null || state.get("code") == null
        ? Optional.empty()
        : Code.tryParse(String.valueOf(state.get("code")));
  }

  private static String name(Map<String, Object> state) {
    return state == null || state.get("name") == null ? null : String.valueOf(state.get("name"));
  }
}
