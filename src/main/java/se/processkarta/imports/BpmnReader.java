package se.processkarta.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import se.processkarta.model.Code;

/**
 * Reads one process's flow from a BPMN 2.0 file (as bpmn.io, Camunda Modeler or our exporter write
 * it): its tasks, in sequence-flow order, become the activities {@code P.1}, {@code P.2}, … of the
 * level-4 process {@code P}. The order is a topological order of the flow from the nodes nothing
 * flows into, ties (parallel branches) in document order; a loop back is cut where it closes. A
 * task's documentation is the activity's description. With several processes in the file, the one
 * exported for {@code P} ({@code process-P}) is taken, or the only one with tasks.
 */
final class BpmnReader {

  static final String NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private static final Set<String> TASKS =
      Set.of(
          "task",
          "userTask",
          "serviceTask",
          "manualTask",
          "scriptTask",
          "businessRuleTask",
          "sendTask",
          "receiveTask",
          "callActivity",
          "subProcess");

  private static final Set<String> NODES =
      Set.of(
          "startEvent",
          "endEvent",
          "intermediateThrowEvent",
          "intermediateCatchEvent",
          "boundaryEvent",
          "exclusiveGateway",
          "parallelGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "complexGateway");

  private BpmnReader() {}

  private record Node(String id, boolean task, String name, String documentation, int line) {}

  private static final class Process {
    String id;
    String name;
    int line;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<String[]> flows = new ArrayList<>();

    long tasks() {
      return nodes.values().stream().filter(Node::task).count();
    }
  }

  static Imported read(byte[] bytes, Code process, int maxRows) {
    XMLStreamReader r = SafeXml.open(bytes);
    List<Process> processes = new ArrayList<>();
    boolean root = false;
    while (true) {
      int e = SafeXml.next(r);
      if (e == XMLStreamConstants.END_DOCUMENT) {
        break;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!root) {
        if (!"definitions".equals(r.getLocalName()) || !NS.equals(r.getNamespaceURI())) {
          throw ImportRejectedException.unreadable(
              Where.line(r.getLocation().getLineNumber()), "import.bpmn.notBpmn");
        }
        root = true;
        continue;
      }
      if ("process".equals(r.getLocalName()) && NS.equals(r.getNamespaceURI())) {
        processes.add(process(r, maxRows));
      }
    }
    Process chosen = choose(processes, process);
    List<Imported.Row> rows = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    int n = 0;
    for (Node node : order(chosen)) {
      if (!node.task()) {
        continue;
      }
      n++;
      Where w = Where.line(node.line());
      if (node.name() == null || node.name().isBlank()) {
        problems.add(ImportProblem.at(w, "import.bpmn.taskName", node.id()));
        continue;
      }
      rows.add(
          new Imported.Row(
              w,
              process.child(n).toString(),
              "",
              node.name(),
              node.documentation() == null ? "" : node.documentation(),
              "",
              "",
              "",
              "",
              "",
              ""));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(ImportRejectedException.Kind.INVALID, problems);
    }
    return new Imported(rows, new Imported.Carried(true, false, false, false, false));
  }

  private static Process choose(List<Process> processes, Code code) {
    for (Process p : processes) {
      if (("process-" + code).equals(p.id)) {
        return p;
      }
    }
    List<Process> withTasks = processes.stream().filter(p -> p.tasks() > 0).toList();
    if (withTasks.size() == 1) {
      return withTasks.get(0);
    }
    if (withTasks.isEmpty()) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.bpmn.noTasks");
    }
    throw ImportRejectedException.unreadable(
        Where.line(withTasks.get(1).line),
        "import.bpmn.severalProcesses",
        String.join(", ", withTasks.stream().map(p -> p.id + " (" + p.name + ")").toList()),
        code.toString());
  }

  private static Process process(XMLStreamReader r, int maxRows) {
    Process p = new Process();
    p.id = r.getAttributeValue(null, "id");
    p.name = r.getAttributeValue(null, "name");
    p.line = r.getLocation().getLineNumber();
    int depth = 1;
    while (depth > 0) {
      int e = SafeXml.next(r);
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = r.getLocalName();
      String id = r.getAttributeValue(null, "id");
      int line = r.getLocation().getLineNumber();
      if ("sequenceFlow".equals(local)) {
        p.flows.add(
            new String[] {
              r.getAttributeValue(null, "sourceRef"), r.getAttributeValue(null, "targetRef")
            });
        depth++;
      } else if (TASKS.contains(local) || NODES.contains(local)) {
        boolean task = TASKS.contains(local);
        String name = r.getAttributeValue(null, "name");
        String doc = task ? documentation(r) : skip(r);
        if (id != null) {
          p.nodes.put(id, new Node(id, task, name, doc, line));
        }
        if (task && p.tasks() > maxRows) {
          throw ImportRejectedException.tooLarge(
              "import.tooManyElements", String.valueOf(maxRows), String.valueOf(line));
        }
      } else {
        depth++;
      }
    }
    return p;
  }

  /** Reads to the end of the current element, answering its first documentation's text. */
  private static String documentation(XMLStreamReader r) {
    String doc = null;
    int depth = 1;
    while (depth > 0) {
      int e = SafeXml.next(r);
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        if (depth == 1 && "documentation".equals(r.getLocalName()) && doc == null) {
          doc = SafeXml.text(r);
        } else {
          depth++;
        }
      }
    }
    return doc;
  }

  private static String skip(XMLStreamReader r) {
    documentation(r);
    return null;
  }

  /**
   * A topological order of the flow: loops are cut at their back edges (found by a depth-first walk
   * from the nodes nothing flows into, in document order), then Kahn's algorithm with ties in
   * document order.
   */
  private static List<Node> order(Process p) {
    List<String> ids = new ArrayList<>(p.nodes.keySet());
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    Map<String, List<String>> out = new HashMap<>();
    Map<String, Integer> incoming = new HashMap<>();
    for (String[] f : p.flows) {
      if (f[0] != null
          && f[1] != null
          && position.containsKey(f[0])
          && position.containsKey(f[1])) {
        out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        incoming.merge(f[1], 1, Integer::sum);
      }
    }
    // depth-first, without recursion: a flow may be long
    Set<String> back = new java.util.HashSet<>();
    Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
    List<String> roots = new ArrayList<>();
    ids.stream().filter(id -> !incoming.containsKey(id)).forEach(roots::add);
    roots.addAll(ids);
    for (String root : roots) {
      if (state.containsKey(root)) {
        continue;
      }
      java.util.Deque<String[]> stack = new java.util.ArrayDeque<>();
      java.util.Deque<java.util.Iterator<String>> its = new java.util.ArrayDeque<>();
      state.put(root, 1);
      stack.push(new String[] {root});
      its.push(out.getOrDefault(root, List.of()).iterator());
      while (!stack.isEmpty()) {
        String at = stack.peek()[0];
        java.util.Iterator<String> it = its.peek();
        if (it.hasNext()) {
          String next = it.next();
          Integer st = state.get(next);
          if (st == null) {
            state.put(next, 1);
            stack.push(new String[] {next});
            its.push(out.getOrDefault(next, List.of()).iterator());
          } else if (st == 1) {
            back.add(at + "\u0000" + next);
          }
        } else {
          state.put(at, 2);
          stack.pop();
          its.pop();
        }
      }
    }
    Map<String, Integer> in = new HashMap<>();
    ids.forEach(id -> in.put(id, 0));
    out.forEach(
        (from, tos) ->
            tos.forEach(
                to -> {
                  if (!back.contains(from + "\u0000" + to)) {
                    in.merge(to, 1, Integer::sum);
                  }
                }));
    TreeSet<Integer> ready = new TreeSet<>();
    ids.stream().filter(id -> in.get(id) == 0).forEach(id -> ready.add(position.get(id)));
    List<Node> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ids.get(ready.pollFirst());
      order.add(p.nodes.get(id));
      for (String next : out.getOrDefault(id, List.of())) {
        if (!back.contains(id + "\u0000" + next) && in.merge(next, -1, Integer::sum) == 0) {
          ready.add(position.get(next));
        }
      }
    }
    return order;
  }
}
