package se.processkarta.assignments;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import se.processkarta.changes.Actor;
import se.processkarta.changes.Permission;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.ProcesskartaException;

/**
 * Loads the {@code assignments:} sections of the seed directories into an empty assignment store,
 * after the model seed (the people and processes they name must exist). Every entry is read and
 * checked first, with Swedish errors naming file and line; then all are written in one transaction
 * through the same service as the API, so a bad entry writes nothing.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
public class AssignmentSeed {

  private static final Logger LOG = LoggerFactory.getLogger(AssignmentSeed.class);
  private static final String SECTION = "assignments";
  private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  private static final Actor SYSTEM = Actor.with("system", Permission.MODEL_EDITOR);

  /** One seeded assignment: its brief, the state to bring it to, and its follow-ups. */
  @Serdeable
  record Entry(
      Brief brief,
      @Nullable AssignmentState state,
      @Nullable List<String> approvedBy,
      @Nullable List<SeedFollowUp> followUps) {}

  @Serdeable
  record SeedFollowUp(FollowUpKind kind, LocalDate date, String text) {}

  record Located(Entry entry, String file, int line) {}

  private final AssignmentService assignments;
  private final ObjectMapper json;
  private final boolean onStart;
  private final List<Path> dirs;

  AssignmentSeed(
      AssignmentService assignments,
      ObjectMapper json,
      se.processkarta.seed.SeedSettings settings) {
    this.assignments = assignments;
    this.json = json;
    this.onStart = settings.isOnStart();
    this.dirs = List.copyOf(settings.getDirs());
  }

  // After the model seed (StartupTasks has the default order 0): the people must be there.
  @EventListener
  @Order(100)
  void onStartup(StartupEvent event) {
    if (!onStart || assignments.count() > 0 || dirs.stream().noneMatch(Files::isDirectory)) {
      return;
    }
    try {
      int n = load(dirs);
      if (n > 0) {
        LOG.info("{} uppdrag laddade från {}", n, dirs);
      }
    } catch (ProcesskartaException e) {
      LOG.error("Uppdragen i seed laddades inte: {}", Messages.of(Messages.SWEDISH, e));
    }
  }

  /** Reads and loads every entry; all or nothing. */
  @Transactional
  public int load(List<Path> from) {
    List<Located> entries = read(from);
    for (Located l : entries) {
      try {
        write(l.entry());
      } catch (ProcesskartaException e) {
        throw new InvalidInputException(
            "seed.invalid",
            "1",
            l.file() + ":" + l.line() + ": " + Messages.of(Messages.SWEDISH, e));
      }
    }
    return entries.size();
  }

  private void write(Entry e) {
    AssignmentState target = e.state() == null ? AssignmentState.DRAFT : e.state();
    Assignment a = assignments.create(SYSTEM, e.brief());
    if (target == AssignmentState.DRAFT) {
      return;
    }
    if (target == AssignmentState.WITHDRAWN) {
      assignments.withdraw(SYSTEM, a.id());
      return;
    }
    a = assignments.submit(SYSTEM, a.id());
    List<String> approving =
        target == AssignmentState.SUBMITTED
            ? (e.approvedBy() == null ? List.of() : e.approvedBy())
            : List.copyOf(AssignmentRules.approvers(a.brief()).keySet());
    for (String manager : approving) {
      assignments.approveAs(SYSTEM, manager, a.id(), null);
    }
    if (e.followUps() != null) {
      for (SeedFollowUp f : e.followUps()) {
        assignments.followUp(SYSTEM, a.id(), f.kind(), f.date(), f.text());
      }
    }
  }

  /** The entries of every file, or one error listing every problem found. */
  List<Located> read(List<Path> from) {
    List<Located> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path dir : from) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      for (Path file : yamlFiles(dir)) {
        String name = dir.getFileName() + "/" + dir.relativize(file).toString().replace('\\', '/');
        readFile(name, file, out, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "seed.invalid", String.valueOf(errors.size()), String.join("\n", errors));
    }
    return out;
  }

  private void readFile(String name, Path file, List<Located> out, List<String> errors) {
    Node root;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        return; // the model seed reports it
      }
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      options.setAllowRecursiveKeys(false);
      root =
          new Yaml(options)
              .compose(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | MarkedYAMLException e) {
      return; // the model seed reader reports unreadable files and YAML syntax with their line
    } catch (YAMLException e) {
      return;
    }
    if (!(root instanceof MappingNode mapping)) {
      return;
    }
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k) || !SECTION.equals(k.getValue())) {
        continue;
      }
      if (!(t.getValueNode() instanceof SequenceNode list)) {
        errors.add(
            name + ":" + line(t.getValueNode()) + ": " + text("seed.sectionNotList", SECTION));
        continue;
      }
      for (Node item : list.getValue()) {
        try {
          Entry e = json.readValueFromTree(tree(item), Entry.class);
          if (e == null || e.brief() == null) {
            throw InvalidInputException.required("brief");
          }
          out.add(new Located(e, name, line(item)));
        } catch (IOException | RuntimeException ex) {
          errors.add(name + ":" + line(item) + ": " + reason(ex));
        }
      }
    }
  }

  private static String reason(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof ProcesskartaException p) {
        return Messages.of(Messages.SWEDISH, p);
      }
    }
    return text("assignments.seed.unreadable", String.valueOf(ex.getMessage()));
  }

  private static String text(String key, String... args) {
    return Messages.format(Messages.SWEDISH, key, List.of(args));
  }

  private static int line(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
  }

  /** The YAML node as a JSON tree: numbers and booleans as such, everything else as text. */
  private static JsonNode tree(Node n) {
    if (n instanceof MappingNode m) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          fields.put(k.getValue(), tree(t.getValueNode()));
        }
      }
      return JsonNode.createObjectNode(fields);
    }
    if (n instanceof SequenceNode s) {
      return JsonNode.createArrayNode(s.getValue().stream().map(AssignmentSeed::tree).toList());
    }
    ScalarNode s = (ScalarNode) n;
    if (Tag.NULL.equals(s.getTag())) {
      return JsonNode.nullNode();
    }
    if (Tag.INT.equals(s.getTag())) {
      try {
        return JsonNode.createNumberNode(Long.parseLong(s.getValue()));
      } catch (NumberFormatException e) {
        return JsonNode.createStringNode(s.getValue());
      }
    }
    if (Tag.BOOL.equals(s.getTag())) {
      return JsonNode.createBooleanNode(Boolean.parseBoolean(s.getValue()));
    }
    return JsonNode.createStringNode(s.getValue());
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
