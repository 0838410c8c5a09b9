package se.processkarta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

  @Test
  void theChildGetsTheTuningThenTheArchiveThenTheUsersOwnFlags(@TempDir Path dir) throws Exception {
    Path jar = Files.createFile(dir.resolve("processkarta.jar"));
    Files.createFile(dir.resolve(Launcher.ARCHIVE));

    List<String> cmd =
        Launcher.command(
            jar,
            List.of("-Xmx1g", "-XX:Tier4InvocationThreshold=5000"),
            false,
            new String[] {"--x"});

    assertThat(cmd.get(0)).endsWith("/bin/java");
    assertThat(cmd)
        .containsSubsequence(
            "-XX:Tier4InvocationThreshold=50000",
            "-XX:SharedArchiveFile=" + dir.resolve(Launcher.ARCHIVE),
            "-Xmx1g",
            // the user's own value comes later, so the JVM takes it
            "-XX:Tier4InvocationThreshold=5000",
            "-Dprocesskarta.child=true",
            "-cp",
            jar.toString(),
            "se.processkarta.Application",
            "--x");
  }

  @Test
  void withoutAnArchiveTheChildStartsWithoutOne(@TempDir Path dir) throws Exception {
    Path jar = Files.createFile(dir.resolve("processkarta.jar"));
    assertThat(Launcher.command(jar, List.of(), false, new String[0]))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"))
        .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
  }

  @Test
  void theTrainingRunWritesTheArchiveBesideTheJar(@TempDir Path dir) throws Exception {
    Path jar = Files.createFile(dir.resolve("processkarta.jar"));
    assertThat(Launcher.command(jar, List.of(), true, new String[0]))
        .contains("-XX:ArchiveClassesAtExit=" + dir.resolve(Launcher.ARCHIVE))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void onlyAJvmStartedFromThePackagedJarForksAndTheUserCanSayNo(@TempDir Path dir)
      throws Exception {
    Path ours = jar(dir.resolve("processkarta.jar"), "se.processkarta.Application");
    Path other =
        jar(dir.resolve("surefirebooter.jar"), "org.apache.maven.surefire.booter.ForkedBooter");
    String classPath = System.getProperty("java.class.path");
    try {
      System.setProperty("java.class.path", ours.toString());
      assertThat(Launcher.forkFrom(Map.of(), List.of())).contains(ours);
      assertThat(Launcher.forkFrom(Map.of("PROCESSKARTA_FORK", "false"), List.of())).isEmpty();
      assertThat(Launcher.forkFrom(Map.of(), List.of("-Xmx1g"))).contains(ours);
      assertThat(
              Launcher.forkFrom(
                  Map.of(), List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")))
          .as("a debugger attached to the parent")
          .isEmpty();

      System.setProperty("java.class.path", other.toString());
      assertThat(Launcher.forkFrom(Map.of(), List.of())).isEmpty();
      System.setProperty("java.class.path", ours + java.io.File.pathSeparator + other);
      assertThat(Launcher.forkFrom(Map.of(), List.of())).isEmpty();

      System.setProperty("java.class.path", ours.toString());
      System.setProperty(Launcher.CHILD, "true");
      assertThat(Launcher.forkFrom(Map.of(), List.of())).as("the child itself").isEmpty();
    } finally {
      System.setProperty("java.class.path", classPath);
      System.clearProperty(Launcher.CHILD);
    }
  }

  private static Path jar(Path path, String mainClass) throws Exception {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    new JarOutputStream(Files.newOutputStream(path), manifest).close();
    return path;
  }
}
