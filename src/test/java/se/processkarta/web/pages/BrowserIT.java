package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.processkarta.SharedGraph;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;

/**
 * The web application in a real Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * headless), driven by Selenium: browsing, search as you type, the keyboard path through the tree,
 * the four-eyes change flow, the phone and desktop widths, and axe-core (from {@code
 * src/test/browser}, installed by {@code .ci/run}) on every page. Screenshots go to {@code
 * target/screenshots/}. Skips with a message when Chromium or its driver is missing. Not
 * transactional: users created by a test must be committed for the server to see them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT implements SharedGraph {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
  static final Path SHOTS = Path.of("target/screenshots");
  static final String PASSWORD = "ett-langt-losenord-for-webblasaren";
  static final List<String> PAGES =
      List.of(
          "/",
          "/processer",
          "/processer/3.5.2.1",
          "/personer/anna-lind",
          "/luckor",
          "/sok?q=f%C3%B6rskola",
          "/logga-in",
          "/processer/3.5.2.1?version=fel",
          "/processer/3.1.5.1?version=1",
          "/personer/sanna-makinen?version=1",
          "/finns-inte");

  @Inject EmbeddedServer server;
  @Inject Users users;
  @Inject ChangeService changes;

  private ChromeDriver driver;
  private BrowserSession web;
  private final String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);

  @BeforeAll
  void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium or chromedriver missing (apt-get install chromium chromium-driver): skipped");
    driver = chromium();
    web = new BrowserSession(driver, server.getURL().toString(), users);
    Files.createDirectories(SHOTS);
  }

  /**
   * Debian's Chromium, headless with the flags this machine needs (no sandbox, no GPU, nothing
   * fetched in the background), in Swedish at the desktop width, with generous timeouts.
   */
  static ChromeDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=sv-SE",
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void open(String path) {
    web.open(path);
  }

  private WebDriverWait waiting() {
    return web.waiting();
  }

  private void shot(String name) throws IOException {
    web.shot(name);
  }

  private String user(String name, String permission) {
    return web.user(name, permission);
  }

  private void login(String name) {
    web.login(name);
  }

  private void logout() {
    web.logout();
  }

  private List<String> sweep(List<String> pages, String axe, String prefix) throws IOException {
    return web.sweep(pages, axe, prefix);
  }

  @Test
  void browseFromTheMapToAnAreaToAProcessAndSeeItsRoles() throws IOException {
    open("/");
    assertThat(driver.findElements(By.cssSelector(".diagram svg a"))).isNotEmpty();
    driver.findElement(By.cssSelector(".grid a[href='/processer/3.5']")).click();
    waiting().until(d -> d.getTitle().startsWith("3.5 "));
    driver.findElement(By.cssSelector("main a[href='/processer/3.5.2']")).click();
    waiting().until(d -> d.getTitle().startsWith("3.5.2 "));
    driver.findElement(By.cssSelector("main a[href='/processer/3.5.2.1']")).click();
    waiting().until(d -> d.getTitle().startsWith("3.5.2.1 "));
    String roles = driver.findElement(By.id("roller")).findElement(By.xpath("..")).getText();
    assertThat(roles).contains("Camilla Nordin").contains("Jenny Persson");
    shot("element-desktop");
  }

  @Test
  void searchAsYouTypeHighlightsMatchesAndOpensTheirBranches() throws IOException {
    open("/processer");
    WebElement q = driver.findElement(By.id("tree-q"));
    q.sendKeys("förskola");
    waiting().until(d -> !d.findElements(By.cssSelector("#tree mark")).isEmpty());
    WebElement mark = driver.findElement(By.cssSelector("#tree mark"));
    assertThat(mark.isDisplayed()).isTrue();
    assertThat(mark.getText().toLowerCase()).isEqualTo("förskola");
    // Several hits, counted: the number is filled in (it once read "0 träffar" for any number).
    String status = driver.findElement(By.id("tree-status")).getText();
    assertThat(status).matches("\\d+ träffar");
    assertThat(Integer.parseInt(status.split(" ")[0])).isGreaterThan(1);
    shot("tree-search-desktop");
  }

  @Test
  void theTreeCanBeWalkedWithTheKeyboardAlone() {
    open("/processer");
    driver.findElement(By.id("tree-q")).click();
    new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
    WebElement first = driver.switchTo().activeElement();
    assertThat(first.getDomAttribute("role")).isEqualTo("treeitem");
    assertThat(first.getDomAttribute("aria-expanded")).isEqualTo("false");
    new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
    assertThat(first.getDomAttribute("aria-expanded")).isEqualTo("true");
    new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
    WebElement child = driver.switchTo().activeElement();
    String code = child.getDomAttribute("data-code");
    assertThat(code).startsWith(first.getDomAttribute("data-code") + ".");
    new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
    assertThat(driver.switchTo().activeElement().getDomAttribute("data-code"))
        .isEqualTo(first.getDomAttribute("data-code"));
    new Actions(driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
    waiting().until(d -> d.getCurrentUrl().endsWith("/processer/" + code));
  }

  @Test
  void deepBranchesLoadWhenOpenedOrSearched() {
    open("/processer");
    assertThat(driver.findElements(By.cssSelector("#tree a[data-code='3.5.2.1']"))).isEmpty();
    WebElement group = driver.findElement(By.cssSelector("#tree a[data-code='3.5.2']"));
    assertThat(group.getDomAttribute("data-lazy")).isEqualTo("true");
    // Open the path with the keyboard: 3.5 from 3, then the lazy 3.5.2.
    WebElement area = driver.findElement(By.cssSelector("#tree a[data-code='3.5']"));
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].setAttribute('aria-expanded','true');"
                + "arguments[1].setAttribute('aria-expanded','true');",
            driver.findElement(By.cssSelector("#tree a[data-code='3']")),
            area);
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", group);
    new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
    waiting()
        .until(
            d ->
                !d.findElements(By.cssSelector("#tree a[data-code='3.5.2.1']")).isEmpty()
                    && d.findElement(By.cssSelector("#tree a[data-code='3.5.2.1']")).isDisplayed());
    assertThat(group.getDomAttribute("aria-expanded")).isEqualTo("true");
    assertThat(group.getDomAttribute("data-lazy")).isNull();

    open("/processer");
    driver.findElement(By.id("tree-q")).sendKeys("placera barn");
    waiting()
        .until(d -> !d.findElements(By.cssSelector("#tree a[data-code='3.5.2.1'] mark")).isEmpty());
    assertThat(driver.findElement(By.cssSelector("#tree a[data-code='3.5.2.1']")).isDisplayed())
        .isTrue();
  }

  @Test
  void anEditorProposesAReviewerApprovesAndTheMapShowsIt() throws IOException {
    String editor = user("webbredaktor-" + suffix, "MODEL_EDITOR");
    String reviewer = user("webbgranskare-" + suffix, "MODEL_REVIEWER");
    String code = se.processkarta.TestCodes.next();
    String name = "Webbprocess " + suffix;

    login(editor);
    open("/processer/3.3.8");
    driver.findElement(By.linkText("Föreslå ändring")).click();
    // First what to do, then only that action's fields.
    driver.findElement(By.cssSelector("#action-list a[data-op='createElement']")).click();
    assertThat(driver.findElements(By.id("f-personId"))).isEmpty();
    driver.findElement(By.id("title")).clear();
    driver.findElement(By.id("title")).sendKeys("Ny process från webben");
    driver.findElement(By.id("motivation")).sendKeys("Behövs för testet");
    driver.findElement(By.id("f-code")).clear();
    driver.findElement(By.id("f-code")).sendKeys(code);
    driver.findElement(By.id("f-name")).sendKeys(name);
    shot("change-new-desktop");
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    waiting().until(d -> d.getCurrentUrl().matches(".*/andringar/\\d+\\?klart=utkast$"));
    // The confirmation of the saved draft has the focus.
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("confirmation");
    String changeUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
    driver.findElement(By.id("submit-change")).click();
    waiting().until(d -> d.findElement(By.id("change-state")).getText().contains("granskning"));
    assertThat(driver.findElements(By.id("approve-change"))).isEmpty();
    logout();

    login(reviewer);
    driver.get(changeUrl);
    assertThat(driver.findElement(By.id("diff-table")).getText()).contains(code);
    assertThat(driver.findElements(By.cssSelector("#ritning-andring svg a"))).isNotEmpty();
    shot("change-review-desktop");
    driver.findElement(By.id("approve-comment")).sendKeys("Godkänd i webbläsaren");
    driver.findElement(By.id("approve-change")).click();
    waiting().until(d -> d.findElement(By.id("change-state")).getText().contains("Publicerad"));
    open("/processer/3.3.8");
    assertThat(driver.getPageSource()).contains(name);
    logout();
  }

  @Test
  void aReaderSeesNoEditControls() {
    String reader = user("webblasare-" + suffix, "READER");
    login(reader);
    open("/processer/3.5.2.1");
    assertThat(driver.findElements(By.linkText("Föreslå ändring"))).isEmpty();
    logout();
  }

  @Test
  void nothingOverflowsAtPhoneOrDesktopWidthAndAxeFindsNoSeriousViolation() throws IOException {
    String axe = Files.isReadable(AXE) ? Files.readString(AXE, StandardCharsets.UTF_8) : null;
    List<String> problems = sweep(PAGES, axe, "");
    assertThat(problems).isEmpty();
    assumeTrue(axe != null, "axe-core missing (npm ci --prefix src/test/browser): not checked");
  }

  /**
   * The pages behind a login (import, versions, audit log, users, a change with its diff table) and
   * an element page as it was at an earlier version, seen by a modellansvarig, who may see them
   * all.
   */
  @Test
  void theSignedInPagesFitBothWidthsAndAxeFindsNoSeriousViolation() throws IOException {
    String axe = Files.isReadable(AXE) ? Files.readString(AXE, StandardCharsets.UTF_8) : null;
    String owner = user("webbansvarig-" + suffix, "MODEL_OWNER");
    String author = user("webbforfattare-" + suffix, "MODEL_EDITOR");
    String code = se.processkarta.TestCodes.next();
    Actor writer = Actor.with(author, Permission.MODEL_EDITOR);
    long first =
        changes
            .create(
                writer,
                "Sidtest " + suffix,
                "För skärmbilderna",
                List.of(
                    TestOperations.of(
                        Map.of(
                            "op",
                            "createElement",
                            "parentCode",
                            "3.3.8",
                            "code",
                            code,
                            "name",
                            "Gammalt namn " + suffix))))
            .id();
    changes.submit(writer, first);
    long version =
        changes.approve(Actor.with(owner, Permission.MODEL_REVIEWER), first, "ok").appliedVersion();
    long rename =
        changes
            .create(
                writer,
                "Byt namn " + suffix,
                "För diff-tabellen",
                List.of(
                    TestOperations.of(
                        Map.of(
                            "op", "updateElement", "code", code, "name", "Nytt namn " + suffix))))
            .id();
    changes.submit(writer, rename);
    login(owner);
    List<String> problems =
        sweep(
            List.of(
                "/andringar",
                "/andringar/" + rename,
                "/andringar/ny?kod=3.5.2.1",
                "/andringar/ny?kod=3.5.2.1&op=replaceLead",
                "/andringar/ny?kod=3.5.2&op=assignRole",
                "/andringar/ny?kod=3.5.2&op=createElement",
                "/importera",
                "/versioner",
                "/granskningslogg",
                "/granskningslogg?fran=fel",
                "/anvandare",
                "/processer/" + code + "?version=" + version,
                "/processer/3.5.2.1?asOf=fel"),
            axe,
            "signed-in-");
    logout();
    assertThat(problems).isEmpty();
    assumeTrue(axe != null, "axe-core missing (npm ci --prefix src/test/browser): not checked");
  }

  /**
   * The drawings are in the page (issue 22): their boxes are links at least 24 px square where the
   * drawing starts, the drawing is one tab stop with the arrow keys inside, it zooms, the role
   * overview is a table of links, and a phone gets the list instead.
   */
  @Test
  void drawingsAreClickableReachableByOneTabStopAndAListOnAPhone() {
    open("/processer/3.5.2");
    WebElement figure = driver.findElement(By.id("ritning-map"));
    List<WebElement> links = figure.findElements(By.cssSelector("svg a"));
    assertThat(links).hasSizeGreaterThan(5);
    // Every box that shows in the frame is a target of at least 24 x 24 CSS px.
    @SuppressWarnings("unchecked")
    List<List<Number>> sizes =
        (List<List<Number>>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const f = arguments[0].querySelector('.diagram-view').getBoundingClientRect();"
                        + "return Array.from(arguments[0].querySelectorAll('svg a'))"
                        + ".map(a => a.getBoundingClientRect())"
                        + ".filter(r => r.right > f.left && r.left < f.right"
                        + " && r.bottom > f.top && r.top < f.bottom)"
                        + ".map(r => [r.width, r.height]);",
                    figure);
    assertThat(sizes).isNotEmpty();
    assertThat(sizes)
        .allSatisfy(s -> assertThat(s.get(1).doubleValue()).isGreaterThanOrEqualTo(24));
    assertThat(sizes)
        .allSatisfy(s -> assertThat(s.get(0).doubleValue()).isGreaterThanOrEqualTo(24));
    // One tab stop: only the first box is in the tab order; arrows move, Tab leaves.
    assertThat(figure.findElements(By.cssSelector("svg a[tabindex='0']"))).hasSize(1);
    WebElement first = figure.findElement(By.cssSelector("svg a[tabindex='0']"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", first);
    new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
    WebElement moved = driver.switchTo().activeElement();
    assertThat(moved.getTagName()).isEqualTo("a");
    assertThat(moved).isNotEqualTo(first);
    assertThat(moved.getDomAttribute("tabindex")).isEqualTo("0");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertThat(
            (Boolean)
                ((JavascriptExecutor) driver)
                    .executeScript("return arguments[0].contains(document.activeElement);", figure))
        .isFalse();
    // The zoom buttons zoom.
    String before =
        figure.findElement(By.cssSelector(".svg-pan-zoom_viewport")).getDomAttribute("transform");
    figure.findElement(By.cssSelector("button[data-zoom='in']")).click();
    assertThat(
            figure
                .findElement(By.cssSelector(".svg-pan-zoom_viewport"))
                .getDomAttribute("transform"))
        .isNotEqualTo(before);
    // The roles as a table of links; the drawing stays for download, opened in the browser.
    WebElement roles = driver.findElement(By.id("role-table"));
    assertThat(roles.findElements(By.cssSelector("a[href='/personer/camilla-nordin']")))
        .isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("a[href^='/api/diagrams/roles.svg'][download]")))
        .isEmpty();
    assertThat(driver.findElements(By.cssSelector("a[href^='/api/diagrams/roles.svg']")))
        .hasSize(1);
    // The start page's map is one tab stop too, not one per box.
    open("/");
    assertThat(driver.findElements(By.cssSelector("#ritning-karta svg a[tabindex='0']")))
        .hasSize(1);
    // On a phone the list stands in for the drawing.
    driver.manage().window().setSize(new Dimension(390, 900));
    try {
      open("/processer/3.5.2");
      assertThat(driver.findElement(By.id("ritning-map")).isDisplayed()).isFalse();
      WebElement list = driver.findElement(By.cssSelector("details[data-diagram-list]"));
      assertThat(list.getDomProperty("open")).isEqualTo("true");
      assertThat(list.findElement(By.cssSelector("a[href='/processer/3.5.2.1']")).isDisplayed())
          .isTrue();
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }
}
