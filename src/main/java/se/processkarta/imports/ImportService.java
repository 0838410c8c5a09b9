package se.processkarta.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.ChangeView;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.SwedishTime;

/**
 * A file in, a DRAFT change request out: the file is read by its format's reader, compared with
 * today's model by {@link ImportPlanner}, and the operations go to {@link ChangeService#create},
 * which checks them against the model as every change is checked. A problem anywhere (in reading,
 * in planning, or in that check, mapped back to the row or line it came from) refuses the whole
 * file and creates nothing.
 */
@Singleton
public class ImportService {

  /** The formats, by their name in the URL. */
  public static final List<String> FORMATS = List.of("archimate", "bpmn", "csv", "xlsx");

  private static final int MAX_FILE_NAME = 200;

  private final ChangeService changes;
  private final DiagramService diagrams;
  private final ImportSettings settings;
  private final Clock clock;

  ImportService(
      ChangeService changes, DiagramService diagrams, ImportSettings settings, Clock clock) {
    this.changes = changes;
    this.diagrams = diagrams;
    this.settings = settings;
    this.clock = clock;
  }

  /** The answer: the change created (none when the file changes nothing) and what it does. */
  @Serdeable
  public record Result(@Nullable ChangeView change, ImportSummary summary) {}

  /** What to import and how. */
  public record Request(
      String format,
      @Nullable String fileName,
      @Nullable String root,
      @Nullable String code,
      boolean retireMissing) {}

  public ImportSettings settings() {
    return settings;
  }

  /**
   * @throws ImportRejectedException with every problem in the file, or a limit it exceeds
   */
  public Result importFile(Actor actor, Request request, byte[] body) {
    String format = request.format() == null ? "" : request.format().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(format)) {
      throw new NotFoundException("import.unknownFormat", format, String.join(", ", FORMATS));
    }
    if (body == null || body.length == 0) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.empty");
    }
    if (body.length > settings.getMaxBytes()) {
      throw ImportRejectedException.tooLarge(
          "import.tooManyBytes", String.valueOf(settings.getMaxBytes()));
    }
    LocalDate today = SwedishTime.today(clock);
    ModelSnapshot model = diagrams.snapshot(diagrams.version());
    Optional<Code> root;
    Imported file;
    int maxRows = settings.getMaxRows();
    if (format.equals("bpmn")) {
      if (request.code() == null || request.code().isBlank()) {
        throw InvalidInputException.required("code");
      }
      Code process = Code.parse(request.code().strip());
      Element e = find(model, process);
      if (e.level() != Level.PROCESS) {
        throw new InvalidInputException("import.bpmn.notProcess", process.toString());
      }
      root = Optional.of(process);
      file = BpmnReader.read(body, process, maxRows);
    } else {
      root =
          request.root() == null || request.root().isBlank()
              ? Optional.empty()
              : Optional.of(Code.parse(request.root().strip()));
      root.ifPresent(r -> find(model, r));
      if (request.retireMissing() && root.isEmpty()) {
        throw new InvalidInputException("import.retireMissing.rootRequired");
      }
      file =
          switch (format) {
            case "csv" -> CsvReader.read(body, maxRows);
            case "xlsx" -> XlsxReader.read(body, maxRows);
            default -> ArchimateReader.read(body, maxRows);
          };
    }
    ImportPlanner.Plan plan =
        ImportPlanner.plan(
            model, file, new ImportPlanner.Options(root, request.retireMissing(), today));
    if (plan.operations().isEmpty()) {
      return new Result(null, plan.summary());
    }
    try {
      ChangeView change =
          changes.create(
              actor, title(format, request), motivation(plan.summary()), plan.operations());
      return new Result(change, plan.summary());
    } catch (EditsRejectedException e) {
      List<ImportProblem> problems = new ArrayList<>();
      for (EditsRejectedException.Failure f : e.failures()) {
        Where w =
            f.index() >= 0 && f.index() < plan.origins().size()
                ? plan.origins().get(f.index())
                : Where.FILE;
        problems.add(new ImportProblem(w, f.messageKey(), f.arguments()));
      }
      throw new ImportRejectedException(ImportRejectedException.Kind.INVALID, problems);
    }
  }

  private static Element find(ModelSnapshot model, Code code) {
    return model.elements().stream()
        .filter(e -> e.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("element.notFound", code.toString()));
  }

  private static String title(String format, Request request) {
    String name = request.fileName() == null ? "" : request.fileName().strip();
    // A file name is the client's text: keep it to one plain line.
    name = name.replaceAll("[\\p{Cntrl}]", "");
    if (name.length() > MAX_FILE_NAME) {
      name = name.substring(0, MAX_FILE_NAME);
    }
    String what = format.toUpperCase(Locale.ROOT) + (name.isEmpty() ? "" : " " + name);
    return "Import från " + what;
  }

  private static String motivation(ImportSummary s) {
    return "Skapad av en import: "
        + s.added()
        + " nya, "
        + s.changed()
        + " ändrade, "
        + s.moved()
        + " flyttade och "
        + s.retired()
        + " utgångna element, "
        + s.peopleAdded()
        + " nya personer.";
  }
}
