package se.processkarta.seed;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;
import java.util.List;

/** Which seed directories load on first start, and whether they do. */
@ConfigurationProperties("processkarta.seed")
public class SeedSettings {

  private boolean onStart = true;
  private List<Path> dirs =
      List.of(Path.of("model-seed/klassa-2.1"), Path.of("model-seed/exempelkommun"));

  public boolean isOnStart() {
    return onStart;
  }

  public void setOnStart(boolean onStart) {
    this.onStart = onStart;
  }

  public List<Path> getDirs() {
    return dirs;
  }

  public void setDirs(List<Path> dirs) {
    this.dirs = List.copyOf(dirs);
  }
}
