package se.processkarta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Runs the server from the packaged jar in a child JVM started with flags for a quick start, the
 * way Neo4j's and Elasticsearch's own launchers do: {@code java -jar} cannot pass JVM flags, and on
 * a two-core machine they halve the start.
 *
 * <ul>
 *   <li>The class-data archive {@code processkarta.jsa} beside the jar, written at {@code package}
 *       time by a training run of the server ({@code -Dprocesskarta.cds.training=true}): about
 *       21,000 of the 26,000 classes the server loads by its first answer are mapped instead of
 *       read, parsed and verified. The JVM checks that the archive matches the jars and ignores it
 *       otherwise.
 *   <li>Higher C2 thresholds: on two cores the optimising compiler otherwise spends most of a core
 *       during start on code that runs only then. Hot paths still reach C2, a little later.
 * </ul>
 *
 * <p>The child inherits the environment, the console and the parent's own JVM flags (given after
 * the tuned ones, so they win). Stopping the parent stops the child; the child stops when its
 * parent dies. {@code PROCESSKARTA_FORK=false} runs the server in the starting JVM instead.
 */
final class Launcher {

  static final String CHILD = "processkarta.child";
  static final String TRAINING = "processkarta.cds.training";
  static final String ARCHIVE = "processkarta.jsa";

  /** Delays C2 until a method is clearly hot; the defaults are 5,000/600/15,000/40,000. */
  static final List<String> TUNING =
      List.of(
          "-XX:Tier4InvocationThreshold=50000",
          "-XX:Tier4MinInvocationThreshold=20000",
          "-XX:Tier4CompileThreshold=50000",
          "-XX:Tier4BackEdgeThreshold=400000");

  private Launcher() {}

  /**
   * The packaged jar this JVM was started from, unless it is already the child, the user said no,
   * or a debugger is attached (the child could not take the debugger's port, and the one debugged
   * should be the server).
   */
  static Optional<Path> forkFrom(Map<String, String> env, List<String> jvmArgs) {
    if (System.getProperty(CHILD) != null
        || "false".equalsIgnoreCase(env.get("PROCESSKARTA_FORK"))
        || jvmArgs.stream()
            .anyMatch(a -> a.startsWith("-agentlib:jdwp") || a.startsWith("-Xrunjdwp"))) {
      return Optional.empty();
    }
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
      return Optional.empty();
    }
    Path jar = Path.of(classPath).toAbsolutePath().normalize();
    return isOurs(jar) ? Optional.of(jar) : Optional.empty();
  }

  /** Whether {@code jar} is the packaged service (not, say, a test runner's class-path jar). */
  private static boolean isOurs(Path jar) {
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      return manifest != null
          && Application.class
              .getName()
              .equals(manifest.getMainAttributes().getValue("Main-Class"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The child's command line. */
  static List<String> command(
      Path jar, List<String> parentJvmArgs, boolean training, String[] args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(TUNING);
    Path archive = jar.resolveSibling(ARCHIVE);
    if (training) {
      cmd.add("-XX:ArchiveClassesAtExit=" + archive);
      // Not a warning per class it leaves out (signed jars, generated classes): about a thousand.
      cmd.add("-Xlog:cds=error");
    } else if (Files.isRegularFile(archive)) {
      cmd.add("-XX:SharedArchiveFile=" + archive);
    }
    cmd.addAll(parentJvmArgs);
    cmd.add("-D" + CHILD + "=true");
    cmd.add("-cp");
    cmd.add(jar.toString());
    cmd.add(Application.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs the server in a child JVM and returns its exit code. */
  static int run(Path jar, String[] args) throws IOException, InterruptedException {
    boolean training = Boolean.getBoolean(TRAINING);
    ProcessBuilder pb = new ProcessBuilder(command(jar, jvmArgs(), training, args)).inheritIO();
    Path trainingData = null;
    if (training) {
      // A fresh store, so that the training run loads the seed as a first start does.
      Files.deleteIfExists(jar.resolveSibling(ARCHIVE));
      trainingData = Files.createTempDirectory("processkarta-cds");
      pb.environment().put("PROCESSKARTA_DATA_DIR", trainingData.toString());
      pb.environment().put("MICRONAUT_SERVER_PORT", "-1");
      // Not the pages' warm-up: JDK 17's dynamic archive crashes at exit (SIGSEGV in
      // SystemDictionaryShared::adjust_lambda_proxy_class_dictionary) once the pages' lambdas
      // are loaded on its thread, and the archive is for the start, which the pages are not.
      pb.environment().put("PROCESSKARTA_WARM_PAGES", "false");
    }
    Process child = pb.start();
    Thread stopChild =
        new Thread(
            () -> {
              child.destroy();
              try {
                child.waitFor(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              child.destroyForcibly();
            },
            "stop-server");
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return child.waitFor();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopChild);
      } catch (IllegalStateException shuttingDown) {
        // The hook is what stopped the child; it has run.
      }
      if (trainingData != null) {
        deleteTree(trainingData);
      }
    }
  }

  /** The flags this JVM was started with. */
  static List<String> jvmArgs() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  /** In the child: stop when the parent is gone (killed outright, say), not linger on the port. */
  static void followParent() {
    if (System.getProperty(CHILD) != null) {
      ProcessHandle.current()
          .parent()
          .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
