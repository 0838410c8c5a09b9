package se.processkarta.render;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out the steps of a flow (a process's activities in code order) left to right with ELK
 * layered. ELK is deterministic for the same graph, so the drawing is too.
 */
final class FlowLayout {

  /** Where ELK put each node, how each edge runs (a polyline), and the flow's size. */
  record Result(List<double[]> nodes, List<double[]> edges, double width, double height) {}

  static {
    // ELK keeps its option registry in a process-wide service; registering is idempotent.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private FlowLayout() {}

  /** {@code sizes} holds {width, height} per step; steps are joined in list order. */
  static Result layout(List<double[]> sizes, double spacing) {
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, spacing / 2);
    List<ElkNode> nodes = new ArrayList<>();
    for (double[] size : sizes) {
      ElkNode n = ElkGraphUtil.createNode(graph);
      n.setDimensions(size[0], size[1]);
      nodes.add(n);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (int i = 1; i < nodes.size(); i++) {
      edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(i - 1), nodes.get(i)));
    }
    new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());
    List<double[]> placed = new ArrayList<>();
    for (ElkNode n : nodes) {
      placed.add(new double[] {n.getX(), n.getY(), n.getWidth(), n.getHeight()});
    }
    List<double[]> routes = new ArrayList<>();
    for (ElkEdge e : edges) {
      ElkEdgeSection s = e.getSections().get(0);
      List<Double> pts = new ArrayList<>();
      pts.add(s.getStartX());
      pts.add(s.getStartY());
      s.getBendPoints()
          .forEach(
              b -> {
                pts.add(b.getX());
                pts.add(b.getY());
              });
      pts.add(s.getEndX());
      pts.add(s.getEndY());
      routes.add(pts.stream().mapToDouble(Double::doubleValue).toArray());
    }
    return new Result(placed, routes, graph.getWidth(), graph.getHeight());
  }
}
