package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.processkarta.SharedGraph;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.changes.Actor;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;
import se.processkarta.model.ConflictException;

/**
 * The assignments' pages in Debian's Chromium: no horizontal overflow at phone or desktop width,
 * and no serious or critical axe-core violation on the public page, an assignment's page, the
 * manager's queue and the five-step form (empty, and sent back with its errors).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentBrowserIT implements SharedGraph {

  @Inject EmbeddedServer server;
  @Inject Users users;
  @Inject AssignmentService assignments;

  private ChromeDriver driver;
  private final String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
  private long decided;

  @BeforeAll
  void start() {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.DRIVER),
        "Chromium or chromedriver missing (apt-get install chromium chromium-driver): skipped");
    for (String person : List.of("erik-johansson", "eva-lindqvist", "maja-svensson")) {
      try {
        users.create(person, AssignmentPagesIT.PASSWORD, null, List.of("READER"));
      } catch (ConflictException e) {
        // Made by another test class in this JVM, with the same password.
      }
    }
    Actor system = Actor.with("system", Permission.MODEL_EDITOR);
    decided =
        assignments
            .create(system, AssignmentPagesIT.brief(AssignmentPagesIT.HOSTILE + " " + suffix))
            .id();
    assignments.submit(system, decided);
    assignments.approve(Actor.with("erik-johansson", Permission.READER), decided, null);
    assignments.approve(Actor.with("eva-lindqvist", Permission.READER), decided, null);
    long waiting =
        assignments.create(system, AssignmentPagesIT.brief("Att godkänna " + suffix)).id();
    assignments.submit(system, waiting);
    driver = BrowserIT.chromium();
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void open(String path) {
    driver.get(server.getURL() + path);
  }

  private void login(String name) {
    open("/logga-in");
    driver.findElement(By.id("username")).sendKeys(name);
    driver.findElement(By.id("password")).sendKeys(AssignmentPagesIT.PASSWORD);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().contains("/logga-in"));
  }

  /** The page as shown, at both widths: overflow, words split, axe-core (BrowserSession). */
  private List<String> check(String label, String axe) {
    return new BrowserSession(driver, server.getURL().toString(), users).check(label, axe);
  }

  @Test
  void onAPhoneTheParticipantsAreCardsWithTheirColumnNamesNotASidewaysScroll() {
    driver.manage().window().setSize(new Dimension(390, 900));
    try {
      open("/uppdrag/" + decided);
      JavascriptExecutor js = driver;
      WebElement table = driver.findElement(By.id("participants"));
      WebElement wrap = table.findElement(By.xpath(".."));
      Number scroll = (Number) js.executeScript("return arguments[0].scrollWidth;", wrap);
      Number client = (Number) js.executeScript("return arguments[0].clientWidth;", wrap);
      assertThat(scroll.intValue())
          .as("the table scrolls sideways")
          .isLessThanOrEqualTo(client.intValue());
      WebElement cell = table.findElement(By.cssSelector("tbody td"));
      assertThat(cell.getCssValue("display")).isEqualTo("block");
      Object label =
          js.executeScript(
              "return getComputedStyle(arguments[0], '::before').getPropertyValue('content');",
              cell);
      assertThat(String.valueOf(label)).contains("Namn");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void thePagesNeitherOverflowNorHaveSeriousAxeViolations() throws IOException {
    String axe =
        Files.isReadable(BrowserIT.AXE)
            ? Files.readString(BrowserIT.AXE, StandardCharsets.UTF_8)
            : null;
    List<String> problems = new ArrayList<>();
    open("/uppdrag");
    assertThat(driver.getPageSource()).contains("uppdrag-" + decided);
    problems.addAll(check("/uppdrag", axe));
    open("/uppdrag/" + decided);
    assertThat(driver.findElements(By.cssSelector(".figure svg"))).isNotEmpty();
    problems.addAll(check("/uppdrag/" + decided, axe));
    login("eva-lindqvist");
    open("/uppdrag/att-godkanna");
    assertThat(driver.getPageSource()).contains("Att godkänna " + suffix);
    problems.addAll(check("/uppdrag/att-godkanna", axe));
    open("/uppdrag/ny");
    problems.addAll(check("/uppdrag/ny", axe));
    // Sent without a title: the form comes back with the error tied to its field.
    driver.findElement(By.id("create-assignment")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("form-errors")).isEmpty());
    assertThat(driver.findElement(By.id("f-title")).getDomAttribute("aria-invalid"))
        .isEqualTo("true");
    problems.addAll(check("/uppdrag/ny with errors", axe));
    // The main responsible sees the follow-up form on a decided assignment.
    login("maja-svensson");
    open("/uppdrag/" + decided);
    assertThat(driver.findElements(By.id("follow-up"))).isNotEmpty();
    problems.addAll(check("/uppdrag/" + decided + " with the follow-up form", axe));
    driver.manage().window().setSize(new Dimension(1280, 900));
    assertThat(problems).isEmpty();
    assumeTrue(axe != null, "axe-core missing (npm ci --prefix src/test/browser): not checked");
  }
}
