package se.processkarta.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;

/** Elements by code and children in code order, built once per drawing. */
final class SnapshotIndex {

  private final Map<Code, Element> byCode = new HashMap<>();
  private final Map<Code, List<Element>> children = new HashMap<>();
  private final List<Element> tops = new ArrayList<>();

  SnapshotIndex(ModelSnapshot snapshot) {
    for (Element e : snapshot.elements()) {
      byCode.put(e.code(), e);
      Optional<Code> parent = e.code().parent();
      if (parent.isPresent()) {
        children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(e);
      } else {
        tops.add(e);
      }
    }
  }

  /** The element, or a 404 for a code the model does not have. */
  Element element(Code code) {
    Element e = byCode.get(code);
    if (e == null) {
      throw new NotFoundException("element.notFound", code.toString());
    }
    return e;
  }

  Optional<Element> find(Code code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Children in code order (the snapshot is sorted). */
  List<Element> children(Code code) {
    return children.getOrDefault(code, List.of());
  }

  List<Element> tops() {
    return tops;
  }

  /** The verksamhetstyper in the order the classic map draws them: 1 Ledning, 3, then 2. */
  List<Element> bands() {
    List<Element> out = new ArrayList<>();
    find(new Code(List.of(1))).ifPresent(out::add);
    find(new Code(List.of(3))).ifPresent(out::add);
    find(new Code(List.of(2))).ifPresent(out::add);
    for (Element e : tops) {
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
