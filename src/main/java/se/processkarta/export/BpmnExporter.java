package se.processkarta.export;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.model.Element;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Person;

/**
 * BPMN 2.0 with diagram interchange, as bpmn.io and Camunda Modeler open it: one process per
 * level-4 process under the scope's root (the root's own process when it is an activity), its
 * activities as tasks in code order between a start and an end event, joined by sequence flows, and
 * a lane per responsible person where one is known (the activity's lead or owner, else the
 * process's). Depth does not apply: a process always comes with all its activities.
 */
@Singleton
final class BpmnExporter implements DiagramExporter {

  static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

  private static final int LANE_H = 140;
  private static final int LANE_LABEL = 30;
  private static final int TASK_W = 120;
  private static final int TASK_H = 80;
  private static final int EVENT = 36;
  private static final int STEP = 170;
  private static final String NO_ONE = "Ansvarig ej angiven";

  /** One node of the flow with its lane (the responsible person's id, or "" for none). */
  private record Node(String id, String kind, String name, String documentation, String lane) {}

  @Override
  public String format() {
    return "bpmn";
  }

  @Override
  public String extension() {
    return "bpmn";
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public String description() {
    return "BPMN 2.0 med diagram (DI) för processerna på nivå 4 och deras aktiviteter";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    ExportScope whole =
        new ExportScope(
            scope.root().map(c -> c.level() == Level.ACTIVITY ? c.parent().orElseThrow() : c),
            ExportScope.MAX_DEPTH);
    Selection s = Selection.of(snapshot, whole);
    List<Element> processes =
        s.elements().stream().filter(e -> e.level() == Level.PROCESS).toList();
    if (processes.isEmpty()) {
      throw new InvalidInputException(
          "export.bpmnNoProcess", whole.root().map(Object::toString).orElse(""));
    }
    try (XmlOut x = XmlOut.open(out)) {
      x.start("definitions")
          .defaultNamespace(MODEL)
          .namespace("bpmndi", BPMNDI)
          .namespace("dc", DC)
          .namespace("di", DI)
          .attr("id", "processkarta")
          .attr("targetNamespace", "urn:processkarta:" + whole.baseName())
          .attr("exporter", "Processkarta")
          .attr("exporterVersion", "0.1");
      for (Element p : processes) {
        process(x, s, p);
      }
      for (Element p : processes) {
        diagram(x, s, p);
      }
      x.end();
    }
  }

  private static List<Node> nodes(Selection s, Element process) {
    String pc = process.code().toString();
    String fallback = s.effectiveLead(process.code()).map(Person::id).orElse("");
    List<Node> nodes = new ArrayList<>();
    List<Element> activities = s.children(process.code());
    String first =
        activities.isEmpty()
            ? fallback
            : s.effectiveLead(activities.get(0).code()).map(Person::id).orElse(fallback);
    nodes.add(new Node("start-" + pc, "startEvent", "Start", null, first));
    for (Element a : activities) {
      String lane = s.effectiveLead(a.code()).map(Person::id).orElse(fallback);
      nodes.add(new Node("task-" + a.code(), "task", a.name(), a.description(), lane));
    }
    nodes.add(new Node("end-" + pc, "endEvent", "Klart", null, nodes.get(nodes.size() - 1).lane()));
    return nodes;
  }

  /** Lane id → name, in order of first use; empty when nobody is known. */
  private static Map<String, String> lanes(Selection s, List<Node> nodes) {
    Map<String, String> lanes = new LinkedHashMap<>();
    boolean anyone = nodes.stream().anyMatch(n -> !n.lane().isEmpty());
    if (!anyone) {
      return lanes;
    }
    Map<String, Person> people = new LinkedHashMap<>();
    for (Person p : s.snapshot().people()) {
      people.put(p.id(), p);
    }
    for (Node n : nodes) {
      lanes.computeIfAbsent(
          n.lane(),
          id -> id.isEmpty() ? NO_ONE : Selection.label(Optional.ofNullable(people.get(id))));
    }
    return lanes;
  }

  private static String laneId(Element process, String person) {
    return "lane-"
        + process.code()
        + "-"
        + (person.isEmpty() ? "none" : Selection.personId(person).substring(2));
  }

  private static void process(XmlOut x, Selection s, Element process) {
    String pc = process.code().toString();
    List<Node> nodes = nodes(s, process);
    Map<String, String> lanes = lanes(s, nodes);
    x.start("process")
        .attr("id", "process-" + pc)
        .attr("name", Selection.title(process))
        .attr("isExecutable", "false");
    if (process.description() != null) {
      x.start("documentation").text(process.description()).end();
    }
    if (!lanes.isEmpty()) {
      x.start("laneSet").attr("id", "laneset-" + pc);
      for (Map.Entry<String, String> lane : lanes.entrySet()) {
        x.start("lane").attr("id", laneId(process, lane.getKey())).attr("name", lane.getValue());
        for (Node n : nodes) {
          if (n.lane().equals(lane.getKey())) {
            x.start("flowNodeRef").text(n.id()).end();
          }
        }
        x.end();
      }
      x.end();
    }
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      x.start(n.kind()).attr("id", n.id()).attr("name", n.name());
      if (n.documentation() != null) {
        x.start("documentation").text(n.documentation()).end();
      }
      if (i > 0) {
        x.start("incoming").text(flowId(pc, i - 1)).end();
      }
      if (i < nodes.size() - 1) {
        x.start("outgoing").text(flowId(pc, i)).end();
      }
      x.end();
    }
    for (int i = 0; i < nodes.size() - 1; i++) {
      x.start("sequenceFlow")
          .attr("id", flowId(pc, i))
          .attr("sourceRef", nodes.get(i).id())
          .attr("targetRef", nodes.get(i + 1).id())
          .end();
    }
    x.end();
  }

  private static String flowId(String process, int i) {
    return "flow-" + process + "-" + (i + 1);
  }

  private static void diagram(XmlOut x, Selection s, Element process) {
    String pc = process.code().toString();
    List<Node> nodes = nodes(s, process);
    Map<String, String> lanes = lanes(s, nodes);
    List<String> laneOrder = new ArrayList<>(lanes.keySet());
    int left = lanes.isEmpty() ? 20 : 20 + LANE_LABEL;
    int width = left + 40 + (nodes.size() - 1) * STEP + TASK_W;
    x.start("bpmndi", "BPMNDiagram", BPMNDI)
        .attr("id", "diagram-" + pc)
        .attr("name", Selection.title(process));
    x.start("bpmndi", "BPMNPlane", BPMNDI)
        .attr("id", "plane-" + pc)
        .attr("bpmnElement", "process-" + pc);
    for (int l = 0; l < laneOrder.size(); l++) {
      x.start("bpmndi", "BPMNShape", BPMNDI)
          .attr("id", laneId(process, laneOrder.get(l)) + "-di")
          .attr("bpmnElement", laneId(process, laneOrder.get(l)))
          .attr("isHorizontal", "true");
      bounds(x, 20, 20 + l * LANE_H, width - 20, LANE_H);
      x.end();
    }
    int[] cx = new int[nodes.size()];
    int[] cy = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      int lane = Math.max(0, laneOrder.indexOf(n.lane()));
      cx[i] = left + 40 + i * STEP + TASK_W / 2;
      cy[i] = 20 + lane * LANE_H + LANE_H / 2;
      boolean task = n.kind().equals("task");
      int w = task ? TASK_W : EVENT;
      int h = task ? TASK_H : EVENT;
      x.start("bpmndi", "BPMNShape", BPMNDI).attr("id", n.id() + "-di").attr("bpmnElement", n.id());
      bounds(x, cx[i] - w / 2, cy[i] - h / 2, w, h);
      x.end();
    }
    for (int i = 0; i < nodes.size() - 1; i++) {
      int sx = cx[i] + (nodes.get(i).kind().equals("task") ? TASK_W / 2 : EVENT / 2);
      int tx = cx[i + 1] - (nodes.get(i + 1).kind().equals("task") ? TASK_W / 2 : EVENT / 2);
      x.start("bpmndi", "BPMNEdge", BPMNDI)
          .attr("id", flowId(pc, i) + "-di")
          .attr("bpmnElement", flowId(pc, i));
      waypoint(x, sx, cy[i]);
      if (cy[i] != cy[i + 1]) {
        int mx = (sx + tx) / 2;
        waypoint(x, mx, cy[i]);
        waypoint(x, mx, cy[i + 1]);
      }
      waypoint(x, tx, cy[i + 1]);
      x.end();
    }
    x.end();
    x.end();
  }

  private static void bounds(XmlOut x, int bx, int by, int w, int h) {
    x.start("dc", "Bounds", DC)
        .attr("x", bx)
        .attr("y", by)
        .attr("width", w)
        .attr("height", h)
        .end();
  }

  private static void waypoint(XmlOut x, int px, int py) {
    x.start("di", "waypoint", DI).attr("x", px).attr("y", py).end();
  }
}
