package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.processkarta.changes.Users;

/**
 * A user at one service in Chromium, for the browser tests: opening pages, signing in and out as a
 * user made for the test, screenshots to {@link BrowserIT#SHOTS}, and the sweep of pages at the
 * phone and desktop widths (overflow, words split, axe-core).
 */
final class BrowserSession {

  private final ChromeDriver driver;
  private final String base;
  private final Users users;

  /** The service's address, without a trailing slash. */
  String base() {
    return base;
  }

  BrowserSession(ChromeDriver driver, String base, Users users) {
    this.driver = driver;
    this.base = base.replaceAll("/$", "");
    this.users = users;
  }

  void open(String path) {
    driver.get(base + path);
  }

  /** A wait that outlasts a page being replaced under it (a form's redirect). */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  void shot(String name) throws IOException {
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        f.toPath(),
        BrowserIT.SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  String user(String name, String permission) {
    users.create(name, BrowserIT.PASSWORD, name, List.of(permission));
    return name;
  }

  void login(String name) {
    open("/logga-in");
    WebElement user = driver.findElement(By.id("username"));
    WebElement password = driver.findElement(By.id("password"));
    user.sendKeys(name);
    password.sendKeys(BrowserIT.PASSWORD);
    assertThat(user.getDomProperty("value")).isEqualTo(name);
    assertThat(password.getDomProperty("value")).isEqualTo(BrowserIT.PASSWORD);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    waiting()
        .until(
            d ->
                !d.getCurrentUrl().contains("/logga-in")
                    || d.getPageSource().contains("role=\"alert\""));
    assertThat(driver.getPageSource()).as(driver.getCurrentUrl()).contains(name);
  }

  void logout() {
    driver.findElement(By.cssSelector(".account button[type=submit]")).click();
    waiting().until(d -> !d.findElements(By.cssSelector(".account a[href='/logga-in']")).isEmpty());
  }

  /**
   * Each page at 390 and 1280 px: no sideways scroll, no word split, a screenshot, and axe-core.
   */
  List<String> sweep(List<String> pages, String axe, String prefix) throws IOException {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {390, 1280}) {
      driver.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        open(page);
        problems.addAll(problemsHere(page, width, axe));
        String name =
            page.equals("/") ? "start" : page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        shot(prefix + name + "-" + width);
      }
    }
    driver.manage().window().setSize(new Dimension(1280, 900));
    return problems;
  }

  /**
   * The page as it is now (a form with its errors, say) at both widths, without opening it again.
   */
  List<String> check(String label, String axe) {
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {390, 1280}) {
      driver.manage().window().setSize(new Dimension(width, 900));
      problems.addAll(problemsHere(label, width, axe));
    }
    return problems;
  }

  /**
   * What is wrong with the page shown, at the window's width: a sideways scroll, a word split over
   * two lines in a table, and axe-core's serious and critical findings (when axe is given).
   */
  private List<String> problemsHere(String label, int width, String axe) {
    List<String> problems = new ArrayList<>();
    JavascriptExecutor js = driver;
    Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth;");
    Number inner = (Number) js.executeScript("return window.innerWidth;");
    if (scroll.intValue() > inner.intValue()) {
      problems.add(label + " at " + width + " px is " + scroll + " px wide");
    }
    // No word in a table is split over two lines ("Proc ess äga re"): each word's text,
    // between spaces, slashes and hyphens, is drawn in one box.
    Object split =
        js.executeScript(
            "const out = [];"
                + "document.querySelectorAll('main th, main td').forEach(cell => {"
                + "  const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);"
                + "  for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "    const words = /[^\\s/\\-\u2013]+/g;"
                + "    for (let m = words.exec(n.data); m; m = words.exec(n.data)) {"
                + "      const r = document.createRange();"
                + "      r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);"
                + "      if (r.getClientRects().length > 1) out.push(m[0]);"
                + "    }"
                + "  }"
                + "});"
                + "return out;");
    if (!((List<?>) split).isEmpty()) {
      problems.add(label + " at " + width + " px splits words: " + split);
    }
    if (axe != null) {
      js.executeScript(axe);
      Object result =
          js.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "axe.run(document, {resultTypes: ['violations']}).then(r => done("
                  + "r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                  + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
      for (Object v : (List<?>) result) {
        problems.add(label + " at " + width + " px axe " + v);
      }
    }
    return problems;
  }
}
