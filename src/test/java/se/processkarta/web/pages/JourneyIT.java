package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.processkarta.IsolatedService;
import se.processkarta.changes.Users;

/**
 * The whole journey of a change in Chromium, as its users make it (issue 22): a metodstödjare finds
 * "Placera barn i förskola" by typing {@code forskola placera}, proposes to replace its
 * processledare by picking a person by name, and submits; the modellstödjare sees "Processledare: …
 * → …" and the drawing, and approves; a reader sees the new lead on the page. Every page on the way
 * is swept at 390 and 1,280 px (overflow, split words, axe-core). On a service of its own, since it
 * publishes a change to the seed's processes that other tests read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyIT {

  private EmbeddedServer server;
  private ChromeDriver driver;
  private BrowserSession web;
  private final String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);

  @BeforeAll
  void start() throws IOException {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.DRIVER),
        "Chromium or chromedriver missing (apt-get install chromium chromium-driver): skipped");
    Path dir = Files.createTempDirectory("processkarta-journey");
    server = IsolatedService.start(dir, "journey" + suffix, Map.of());
    driver = BrowserIT.chromium();
    web =
        new BrowserSession(
            driver,
            server.getURL().toString(),
            server.getApplicationContext().getBean(Users.class));
    Files.createDirectories(BrowserIT.SHOTS);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aLeadIsReplacedFromSearchToPublishedWithoutTypingAnId() throws IOException {
    String editor = web.user("metodstod-" + suffix, "MODEL_EDITOR");
    String reviewer = web.user("modellstod-" + suffix, "MODEL_REVIEWER");
    String reader = web.user("lasare-" + suffix, "READER");
    String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
    String axe =
        Files.isReadable(BrowserIT.AXE)
            ? Files.readString(BrowserIT.AXE, StandardCharsets.UTF_8)
            : null;

    // The metodstödjare searches without å, ä and ö and finds the process.
    web.login(editor);
    web.open("/");
    driver.findElement(By.id("header-q")).sendKeys("forskola placera", Keys.ENTER);
    web.waiting().until(d -> d.getCurrentUrl().contains("/sok?"));
    assertThat(driver.findElement(By.id("did-you-mean")).getText()).isEqualTo("förskola placera");
    driver.findElement(By.cssSelector("main a[href='/processer/3.5.2.1']")).click();
    web.waiting().until(d -> d.getTitle().startsWith("3.5.2.1 "));

    // One step: "Byt processledare", a person picked by name.
    driver.findElement(By.id("replace-lead")).click();
    web.waiting().until(d -> !d.findElements(By.id("f-personId")).isEmpty());
    assertThat(driver.findElement(By.id("current-holder")).getText()).contains("Jenny Persson");
    WebElement person = driver.findElement(By.id("f-personId"));
    person.sendKeys("Lena Ax");
    web.waiting()
        .until(
            d ->
                !d.findElements(
                        By.cssSelector(
                            "#person-options option[value='Lena Axelsson (lena-axelsson)']"))
                    .isEmpty());
    person.clear();
    person.sendKeys("Lena Axelsson (lena-axelsson)");
    assertThat(driver.findElement(By.id("title")).getDomProperty("value"))
        .isEqualTo("Byt processledare i 3.5.2.1 Placera barn i förskola");
    web.shot("journey-replace-lead");
    driver.findElement(By.cssSelector("#op-form button[type=submit]")).click();
    web.waiting().until(d -> d.getCurrentUrl().contains("klart=utkast"));
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("confirmation");
    String change = driver.getCurrentUrl().replaceAll("\\?.*", "").replace(web.base(), "");
    assertThat(driver.findElement(By.id("diff-table")).getText())
        .contains("Processledare: Jenny Persson → Lena Axelsson från " + today);
    driver.findElement(By.id("submit-change")).click();
    web.waiting().until(d -> d.getCurrentUrl().contains("klart=skickad"));
    List<String> problems =
        web.sweep(List.of(change, "/andringar/ny?kod=3.5.2.1"), axe, "journey-");
    web.logout();

    // The modellstödjare sees it waiting, in words, and approves.
    web.login(reviewer);
    assertThat(driver.findElement(By.id("waiting-changes")).getText()).startsWith("1");
    web.open(change);
    assertThat(driver.findElement(By.id("diff-table")).getText())
        .contains("Byt processledare")
        .contains("Processledare: Jenny Persson → Lena Axelsson från " + today)
        .doesNotContain("lena-axelsson");
    assertThat(driver.findElements(By.cssSelector("#ritning-andring svg a"))).isNotEmpty();
    // The drawing says the same about the role, on the process's box.
    web.open("/api/changes/" + change.substring(change.lastIndexOf('/') + 1) + "/diff.svg");
    String drawing =
        driver.getPageSource().replaceAll("</tspan><tspan[^>]*>", " ").replaceAll("\\s+", " ");
    assertThat(driver.getPageSource()).contains("\">Placera barn i förskola</tspan>");
    assertThat(drawing).contains("Processledare: Jenny Persson → Lena Axelsson från " + today);
    web.open(change);
    problems.addAll(web.sweep(List.of(change), axe, "journey-review-"));
    driver.findElement(By.id("approve-change")).click();
    web.waiting().until(d -> d.getCurrentUrl().contains("klart=godkand"));
    assertThat(driver.switchTo().activeElement().getText()).contains("godkänd och publicerad");
    web.logout();

    // A reader sees the new lead.
    web.login(reader);
    web.open("/processer/3.5.2.1");
    String roles = driver.findElement(By.id("roller")).findElement(By.xpath("..")).getText();
    assertThat(roles).contains("Lena Axelsson");
    assertThat(driver.findElements(By.cssSelector("#replace-lead"))).isEmpty();
    problems.addAll(
        web.sweep(
            List.of("/processer/3.5.2.1", "/sok?q=forskola+placera"), axe, "journey-reader-"));
    web.logout();
    assertThat(problems).isEmpty();
    assumeTrue(axe != null, "axe-core missing (npm ci --prefix src/test/browser): not checked");
  }
}
