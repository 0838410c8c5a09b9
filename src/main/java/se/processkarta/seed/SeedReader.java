package se.processkarta.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.OrgUnitKind;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.SteeringGroup;
import se.processkarta.model.SteeringGroupKind;
import se.processkarta.model.SwedishTime;

/**
 * Reads the YAML files of one or more seed directories (recursively, in path order) into a {@link
 * Seed}. YAML is only composed into nodes, never into arbitrary objects, and every error is
 * collected with its file and line instead of stopping at the first.
 */
final class SeedReader {

  /**
   * Sections that other loaders read from the same files: assignments are workflow data for the
   * relational store, not part of the model (see {@code assignments/AssignmentSeed}).
   */
  static final Set<String> OTHER_SECTIONS = Set.of("assignments");

  private static final Map<String, Set<String>> FIELDS =
      Map.of(
          "elements", Set.of("code", "name", "description", "purpose", "recipient", "status"),
          "orgUnits", Set.of("id", "name", "kind", "parent"),
          "people", Set.of("id", "name", "title", "email", "unit", "manager"),
          "resourcePools", Set.of("id", "name", "competence", "owner", "members"),
          "steeringGroups", Set.of("id", "name", "kind", "supports", "members"),
          "roles",
              Set.of(
                  "kind",
                  "element",
                  "person",
                  "from",
                  "to",
                  "competence",
                  "delegatedBy",
                  "delegatedAt"),
          "allocations", Set.of("person", "element", "pool", "percent", "from", "to"));

  private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  private final List<SeedError> errors = new ArrayList<>();
  private final List<Located<Element>> elements = new ArrayList<>();
  private final List<Located<OrgUnit>> orgUnits = new ArrayList<>();
  private final List<Located<Person>> people = new ArrayList<>();
  private final List<Located<ResourcePool>> pools = new ArrayList<>();
  private final List<Located<SteeringGroup>> groups = new ArrayList<>();
  private final List<Located<RoleAssignment>> roles = new ArrayList<>();
  private final List<Located<Allocation>> allocations = new ArrayList<>();

  private SeedReader() {}

  /** Reads the directories; answers the seed, or the list of everything wrong in it. */
  static Result read(List<Path> dirs) {
    SeedReader reader = new SeedReader();
    MessageDigest digest = sha256();
    for (Path dir : dirs) {
      if (!Files.exists(dir)) {
        reader.errors.add(new SeedError(dir.toString(), 0, text("seed.dirMissing")));
        continue;
      }
      if (!Files.isDirectory(dir)) {
        reader.errors.add(new SeedError(dir.toString(), 0, text("seed.notDirectory")));
        continue;
      }
      Path real = realPath(dir);
      for (Path file : yamlFiles(dir)) {
        String name = dir.getFileName() + "/" + dir.relativize(file).toString().replace('\\', '/');
        // A link inside the seed may point anywhere (/etc/passwd, /proc/self/environ): only
        // files that really lie under the given directory are read.
        Path target = realPath(file);
        if (target == null || real == null || !target.startsWith(real)) {
          reader.errors.add(
              new SeedError(name, 0, text("seed.symlinkOutside", String.valueOf(target))));
          continue;
        }
        byte[] bytes = readBytes(file);
        if (bytes == null) {
          reader.errors.add(new SeedError(name, 0, text("seed.unreadable")));
          continue;
        }
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        reader.readFile(name, bytes);
      }
    }
    String hash = HexFormat.of().formatHex(digest.digest());
    Seed seed =
        new Seed(
            reader.elements,
            reader.orgUnits,
            reader.people,
            reader.pools,
            reader.groups,
            reader.roles,
            reader.allocations,
            hash);
    return new Result(seed, List.copyOf(reader.errors));
  }

  /** A read seed and the errors found while reading it. */
  record Result(Seed seed, List<SeedError> errors) {}

  private void readFile(String file, byte[] bytes) {
    if (bytes.length > MAX_FILE_BYTES) {
      errors.add(new SeedError(file, 0, text("seed.fileTooLarge")));
      return;
    }
    String content;
    try {
      content =
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      errors.add(new SeedError(file, 0, text("seed.notUtf8")));
      return;
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      options.setAllowRecursiveKeys(false);
      options.setCodePointLimit((int) MAX_FILE_BYTES);
      root = new Yaml(options).compose(new java.io.StringReader(content));
    } catch (MarkedYAMLException e) {
      // SnakeYAML's own text is English; the line (and column) say where, in Swedish.
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      int column = e.getProblemMark() == null ? 0 : e.getProblemMark().getColumn() + 1;
      errors.add(
          new SeedError(
              file,
              line,
              column > 0
                  ? text("seed.yamlSyntax", text("seed.column", String.valueOf(column)))
                  : text("seed.yamlProblem")));
      return;
    } catch (YAMLException e) {
      errors.add(new SeedError(file, 0, text("seed.yamlProblem")));
      return;
    }
    if (root == null) {
      return;
    }
    if (!(root instanceof MappingNode mapping)) {
      errors.add(new SeedError(file, line(root), text("seed.rootNotMapping")));
      return;
    }
    Set<String> sections = new java.util.HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode());
      Node value = tuple.getValueNode();
      // Composing (not constructing) lets a repeated key through; the second would win silently.
      if (key != null && !sections.add(key)) {
        errors.add(new SeedError(file, line(tuple.getKeyNode()), text("seed.duplicateKey", key)));
        continue;
      }
      if (key != null && OTHER_SECTIONS.contains(key)) {
        continue;
      }
      if (key == null || !FIELDS.containsKey(key)) {
        errors.add(
            new SeedError(
                file,
                line(tuple.getKeyNode()),
                text(
                    "seed.unknownSection",
                    String.valueOf(key),
                    String.join(", ", sorted(FIELDS.keySet())))));
        continue;
      }
      if (!(value instanceof SequenceNode list)) {
        errors.add(new SeedError(file, line(value), text("seed.sectionNotList", key)));
        continue;
      }
      for (Node item : list.getValue()) {
        readItem(file, key, item);
      }
    }
  }

  private void readItem(String file, String section, Node item) {
    int line = line(item);
    if (!(item instanceof MappingNode mapping)) {
      errors.add(new SeedError(file, line, text("seed.itemNotMapping", section)));
      return;
    }
    Fields f = new Fields(mapping);
    try {
      if (f.duplicate != null) {
        throw new InvalidInputException("seed.duplicateKey", f.duplicate);
      }
      for (String k : f.values.keySet()) {
        if (!FIELDS.get(section).contains(k)) {
          f.lastLine = line(f.values.get(k));
          throw new InvalidInputException(
              "seed.unknownField", k, String.join(", ", sorted(FIELDS.get(section))));
        }
      }
      switch (section) {
        case "elements" -> elements.add(new Located<>(element(f), file, line));
        case "orgUnits" ->
            orgUnits.add(
                new Located<>(
                    new OrgUnit(
                        f.text("id"),
                        f.text("name"),
                        f.enumValue("kind", OrgUnitKind.class),
                        f.text("parent")),
                    file,
                    line));
        case "people" ->
            people.add(
                new Located<>(
                    new Person(
                        f.text("id"),
                        f.text("name"),
                        f.text("title"),
                        f.text("email"),
                        f.text("unit"),
                        f.text("manager")),
                    file,
                    line));
        case "resourcePools" ->
            pools.add(
                new Located<>(
                    new ResourcePool(
                        f.text("id"),
                        f.text("name"),
                        f.text("competence"),
                        f.text("owner"),
                        f.list("members")),
                    file,
                    line));
        case "steeringGroups" ->
            groups.add(
                new Located<>(
                    new SteeringGroup(
                        f.text("id"),
                        f.text("name"),
                        f.enumValue("kind", SteeringGroupKind.class),
                        f.list("supports").stream().map(Code::parse).toList(),
                        f.list("members")),
                    file,
                    line));
        case "roles" ->
            roles.add(
                new Located<>(
                    new RoleAssignment(
                        f.enumValue("kind", RoleKind.class),
                        f.code("element"),
                        f.text("person"),
                        new Period(f.date("from"), f.date("to")),
                        f.text("competence"),
                        f.text("delegatedBy"),
                        f.date("delegatedAt")),
                    file,
                    line));
        case "allocations" ->
            allocations.add(
                new Located<>(
                    new Allocation(
                        f.text("person"),
                        f.code("element"),
                        f.text("pool"),
                        f.integer("percent"),
                        new Period(f.date("from"), f.date("to"))),
                    file,
                    line));
        default -> throw new IllegalStateException(section);
      }
    } catch (ProcesskartaException e) {
      errors.add(new SeedError(file, f.lastLine(line), Messages.of(Messages.SWEDISH, e)));
    } catch (NullPointerException e) {
      errors.add(new SeedError(file, line, text("field.required", e.getMessage())));
    }
  }

  private static Element element(Fields f) {
    Code code = f.code("code");
    String status = f.text("status");
    return new Element(
        code,
        f.text("name"),
        f.text("description"),
        f.text("purpose"),
        f.text("recipient"),
        status == null ? ElementStatus.PUBLISHED : enumOf(ElementStatus.class, "status", status));
  }

  /** The fields of one item, remembering the line of the field read last for error messages. */
  private static final class Fields {
    private final Map<String, Node> values = new LinkedHashMap<>();
    private int lastLine = -1;

    private String duplicate;

    Fields(MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        String key = String.valueOf(scalar(t.getKeyNode()));
        if (values.put(key, t.getValueNode()) != null && duplicate == null) {
          duplicate = key;
          lastLine = line(t.getKeyNode());
        }
      }
    }

    int lastLine(int fallback) {
      return lastLine < 0 ? fallback : lastLine;
    }

    String text(String key) {
      Node n = values.get(key);
      if (n == null) {
        return null;
      }
      lastLine = line(n);
      String s = scalar(n);
      if (s == null) {
        throw new InvalidInputException("seed.notText", key);
      }
      return s;
    }

    Code code(String key) {
      String s = text(key);
      if (s == null) {
        throw InvalidInputException.required(key);
      }
      return Code.parse(s);
    }

    LocalDate date(String key) {
      String s = text(key);
      if (s == null) {
        return null;
      }
      try {
        return SwedishTime.parseDate(s);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("seed.notDate", key, s);
      }
    }

    int integer(String key) {
      String s = text(key);
      if (s == null) {
        throw InvalidInputException.required(key);
      }
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("seed.notInteger", key, s);
      }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
      String s = text(key);
      if (s == null) {
        throw InvalidInputException.required(key);
      }
      return enumOf(type, key, s);
    }

    List<String> list(String key) {
      Node n = values.get(key);
      if (n == null) {
        return List.of();
      }
      lastLine = line(n);
      if (!(n instanceof SequenceNode seq)) {
        throw new InvalidInputException("seed.notList", key);
      }
      List<String> out = new ArrayList<>();
      for (Node item : seq.getValue()) {
        String s = scalar(item);
        if (s == null) {
          throw new InvalidInputException("seed.notText", key);
        }
        out.add(s);
      }
      return out;
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String key, String value) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      List<String> allowed = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
      throw new InvalidInputException("seed.notOneOf", key, value, String.join(", ", allowed));
    }
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode s ? s.getValue() : null;
  }

  private static int line(Node n) {
    return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static String text(String key, String... args) {
    return Messages.format(Messages.SWEDISH, key, List.of(args));
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

  /** The file's bytes, at most one byte more than the limit (so that a huge file is not read). */
  private static byte[] readBytes(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      return null;
    }
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
