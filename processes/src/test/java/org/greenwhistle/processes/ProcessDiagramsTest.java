package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every executable process can be drawn (Cockpit shows where a case stands only on a diagram): a shape for
 * each flow node, an edge with waypoints joining the two shapes for each sequence flow, and a label on
 * every conditional flow. Read as plain XML, so the check does not depend on the engine's model API.
 */
class ProcessDiagramsTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  /** How far a waypoint may lie outside the shape it starts or ends at. */
  private static final double TOLERANCE = 2;

  static Stream<Path> models() throws IOException {
    return Files.walk(Path.of("src/main/resources")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @Test
  void bothModelsAreChecked() throws IOException {
    assertThat(models().map(p -> p.getFileName().toString())).contains("report-handling.bpmn", "reward.bpmn");
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyExecutableProcessHasAShapeForEachNodeAndAnEdgeForEachFlow(Path model) throws Exception {
    Document doc = parse(model);
    Map<String, double[]> shapes = new HashMap<>();
    for (Element shape : elements(doc, BPMNDI, "BPMNShape")) {
      Element bounds = elements(shape, DC, "Bounds").get(0);
      shapes.put(shape.getAttribute("bpmnElement"), new double[] {num(bounds, "x"), num(bounds, "y"),
          num(bounds, "width"), num(bounds, "height")});
    }
    Map<String, List<double[]>> edges = new HashMap<>();
    for (Element edge : elements(doc, BPMNDI, "BPMNEdge")) {
      List<double[]> points = new ArrayList<>();
      for (Element p : elements(edge, DI, "waypoint")) {
        points.add(new double[] {num(p, "x"), num(p, "y")});
      }
      edges.put(edge.getAttribute("bpmnElement"), points);
    }
    List<String> problems = new ArrayList<>();
    int processes = 0;
    for (Element process : elements(doc, BPMN, "process")) {
      if (!"true".equals(process.getAttribute("isExecutable"))) {
        continue;
      }
      processes++;
      for (Element node : flowNodes(process)) {
        if (!shapes.containsKey(node.getAttribute("id"))) {
          problems.add("no shape for " + node.getLocalName() + " " + node.getAttribute("id"));
        }
      }
      for (Element flow : elements(process, BPMN, "sequenceFlow")) {
        String id = flow.getAttribute("id");
        List<double[]> points = edges.get(id);
        if (points == null || points.size() < 2) {
          problems.add("no edge with waypoints for sequence flow " + id);
          continue;
        }
        if (!touches(shapes.get(flow.getAttribute("sourceRef")), points.get(0))) {
          problems.add("edge " + id + " does not start at its source");
        }
        if (!touches(shapes.get(flow.getAttribute("targetRef")), points.get(points.size() - 1))) {
          problems.add("edge " + id + " does not end at its target");
        }
      }
    }
    assertThat(processes).as("executable processes in %s", model).isPositive();
    assertThat(problems).as("diagram of %s", model).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyConditionalFlowIsLabelled(Path model) throws Exception {
    List<String> unlabelled = new ArrayList<>();
    for (Element flow : elements(parse(model), BPMN, "sequenceFlow")) {
      if (!elements(flow, BPMN, "conditionExpression").isEmpty() && flow.getAttribute("name").isBlank()) {
        unlabelled.add(flow.getAttribute("id"));
      }
    }
    assertThat(unlabelled).as("conditional flows without a name in %s", model).isEmpty();
  }

  /** Tasks, events, gateways, sub-processes and call activities, at any depth of sub-processes. */
  private static List<Element> flowNodes(Element container) {
    List<Element> nodes = new ArrayList<>();
    for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && BPMN.equals(e.getNamespaceURI())) {
        String name = e.getLocalName();
        if (name.endsWith("Task") || name.endsWith("Event") || name.endsWith("Gateway") || name.equals("task")
            || name.equals("callActivity") || name.equals("subProcess") || name.equals("transaction")) {
          nodes.add(e);
        }
        if (name.equals("subProcess") || name.equals("transaction")) {
          nodes.addAll(flowNodes(e));
        }
      }
    }
    return nodes;
  }

  private static boolean touches(double[] bounds, double[] point) {
    return bounds != null && point[0] >= bounds[0] - TOLERANCE && point[0] <= bounds[0] + bounds[2] + TOLERANCE
        && point[1] >= bounds[1] - TOLERANCE && point[1] <= bounds[1] + bounds[3] + TOLERANCE;
  }

  private static Document parse(Path model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = Files.newInputStream(model)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> elements(Node parent, String namespace, String name) {
    NodeList list = parent instanceof Document d ? d.getElementsByTagNameNS(namespace, name)
        : ((Element) parent).getElementsByTagNameNS(namespace, name);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }
}
