package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver, at one window width and
 * language. Nothing is downloaded: both binaries come from the {@code chromium} and {@code
 * chromium-driver} packages that {@code .ci/run} installs. A closed browser is emptied (cookies,
 * storage, cache) and kept for the next test of its language, since starting Chromium takes seconds
 * each time; the test JVM quits them all when it ends.
 */
public final class Browser implements AutoCloseable {

  public static final int PHONE = 390;
  public static final int DESKTOP = 1366;
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

  // a test drives at most two browsers at once (an operator and an admin, say)
  private static final int KEPT_PER_LANGUAGE = 2;
  private static final Map<String, Deque<Session>> IDLE = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(Session::quitQuietly))));
  }

  private final Session session;
  private final ChromeDriver driver;
  private final String language;
  private final int width;

  /** A running Chromium and its profile folder. */
  private record Session(ChromeDriver driver, Path profile) {
    /** At the JVM's end: one that will not quit does not keep the others running. */
    void quitQuietly() {
      try {
        quit();
      } catch (RuntimeException e) {
        System.err.println("A kept browser did not quit: " + e);
      }
    }

    void quit() {
      driver.quit();
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Browser(Session session, String language, int width) {
    this.session = session;
    this.driver = session.driver();
    this.language = language;
    this.width = width;
  }

  /** A fresh browser (no cookies) of the given width that asks for pages in {@code language}. */
  public static Browser open(int width, String language) {
    Deque<Session> idle = IDLE.get(language);
    Session session = idle == null ? null : idle.pollFirst();
    if (session == null) {
      session = start(language);
    }
    session.driver().manage().window().setSize(new Dimension(width, 900));
    return new Browser(session, language, width);
  }

  private static Session start(String language) {
    requireInstalled(CHROMIUM, "chromium");
    requireInstalled(DRIVER, "chromium-driver");
    try {
      Path profile = Files.createTempDirectory("bc-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--hide-scrollbars",
          "--lang=" + language,
          "--user-data-dir=" + profile,
          "--window-size=" + DESKTOP + ",900");
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Session(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireInstalled(String path, String debianPackage) {
    if (!Files.isExecutable(Path.of(path))) {
      throw new IllegalStateException(
          path + " is missing: install Debian's " + debianPackage + " (bash .ci/run does)");
    }
  }

  /** Opens a path of the test server, e.g. {@code t/acme/login.xhtml}. */
  public Browser go(String path) {
    driver.get(Http.testServer().resolve(path).toString());
    return this;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public WebElement find(String css) {
    return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /**
   * The confirmation dialog on show: a page with several forms holds one per form, and only the one
   * PrimeFaces chose opens.
   */
  public WebElement shownConfirmation() {
    return waitFor()
        .until(
            d ->
                d.findElements(By.cssSelector(".ui-confirm-dialog")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
  }

  /** Says yes to the confirmation dialog on show and waits until what it set off is done. */
  public Browser confirm() {
    shownConfirmation().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    waitFor().until(d -> "complete".equals(script("return document.readyState")) && idle());
    return this;
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public Browser type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks and waits until the page that follows has loaded. */
  public Browser click(String css) {
    find(css).click();
    waitFor().until(d -> "complete".equals(script("return document.readyState")) && idle());
    return this;
  }

  /**
   * Clicks what posts the page or links away, and waits until the next page has replaced this one:
   * right after such a click the old page can still read as loaded. A live update that redraws the
   * element between finding and clicking it is waited out: the element is found again.
   */
  public Browser clickToLeave(String css) {
    WebElement page = driver.findElement(By.tagName("html"));
    waitFor()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              find(css).click();
              return true;
            });
    waitFor().until(d -> replaced(page));
    waitFor().until(d -> "complete".equals(script("return document.readyState")) && idle());
    return this;
  }

  /**
   * Whether the page this element was on has gone. While the next page replaces it, chromedriver
   * may say the element's node no longer belongs to the document rather than that it is stale.
   */
  private static boolean replaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Types into whatever has the keyboard's focus, as a person would (e.g. a terminal). */
  public Browser keys(String text) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(text).perform();
    return this;
  }

  /** Puts a file into a file input, which a styled upload button may keep out of sight. */
  public Browser upload(String css, Path file) {
    driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Chooses the card among {@code cards} that says {@code text}, by its radio button. */
  public Browser chooseCard(String cards, String text) {
    all(cards).stream()
        .filter(card -> card.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No card of " + cards + " says " + text))
        .findElement(By.cssSelector(".ui-radiobutton-box"))
        .click();
    waitFor().until(d -> "complete".equals(script("return document.readyState")) && idle());
    return this;
  }

  /** Chooses an option of a select by its label, firing its change as a person's choice would. */
  public Browser choose(String css, String label) {
    new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(label);
    waitFor().until(d -> idle());
    return this;
  }

  /** Logs in on {@code loginPage} (a portal's {@code …/login.xhtml}) as a person would. */
  public Browser logIn(String loginPage, String email, String password) {
    return go(loginPage)
        .type("#login\\:email", email)
        .type("#login\\:password", password)
        .clickToLeave("#login\\:submit");
  }

  /** Logs in to the demo's Acme portal. */
  public Browser logIn(String email, String password) {
    return logIn("t/acme/login.xhtml", email, password);
  }

  /**
   * Saves a screenshot of the page and fails when it scrolls sideways or when a form's label column
   * holds something other than labels (a field that slipped out of its cell).
   */
  public void fitsTheWindow(String page) {
    screenshot(page);
    org.assertj.core.api.Assertions.assertThat(horizontalOverflow())
        .as(page + " scrolls sideways")
        .isZero();
    org.assertj.core.api.Assertions.assertThat(fieldsInTheLabelColumn())
        .as(page + ": what stands in a form's label column besides labels")
        .isEmpty();
  }

  /**
   * What stands in the first column of a two-column form ({@code .bc-form}) that is not a label:
   * each is a field whose cell the row lost, so every field after it sits a cell off.
   */
  @SuppressWarnings("unchecked")
  public List<String> fieldsInTheLabelColumn() {
    return (List<String>)
        script(
            "const wrong = [];"
                + "for (const form of document.querySelectorAll('.bc-form')) {"
                + "  if (getComputedStyle(form).gridTemplateColumns.split(' ').length < 2) continue;"
                + "  const left = form.getBoundingClientRect().left"
                + "    + parseFloat(getComputedStyle(form).paddingLeft);"
                + "  for (const child of form.children) {"
                + "    const box = child.getBoundingClientRect();"
                + "    if (box.width === 0 || box.height === 0) continue;"
                + "    if (Math.abs(box.left - left) > 2) continue;"
                + "    if (box.width > form.clientWidth * 0.6) continue;"
                + "    if (child.matches('label, .bc-label') || child.textContent.trim() === '') continue;"
                + "    wrong.push((form.id || 'form') + ': ' + child.outerHTML.substring(0, 80));"
                + "  }"
                + "}"
                + "return wrong;");
  }

  /**
   * Waits until the address contains {@code part}: a click that leaves the page may return while
   * the old page still reads as loaded.
   */
  public Browser waitForUrl(String part) {
    waitFor().until(ExpectedConditions.urlContains(part));
    return this;
  }

  /** Waits until a visible element's text contains {@code text}, e.g. after an Ajax update. */
  public Browser waitForText(String css, String text) {
    waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return this;
  }

  /**
   * The visible text of an element; read again when a live update replaced the element between
   * finding and reading it.
   */
  public String text(String css) {
    return waitFor().ignoring(StaleElementReferenceException.class).until(d -> find(css).getText());
  }

  /** How many pixels the page is wider than the window: 0 when nothing scrolls sideways. */
  public long horizontalOverflow() {
    return ((Number)
            script(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth"))
        .longValue();
  }

  /** Saves the whole visible page under {@code target/screenshots/<name>-<width>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
      driver.manage().window().setSize(new Dimension(width, (int) Math.max(900, height)));
      Path shot = SCREENSHOTS.resolve(name + "-" + width + ".png");
      File taken = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(taken.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
      return shot;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The lowest WCAG text contrast among the visible elements {@code css} matches, each against the
   * first opaque background behind it; fails when none is visible.
   */
  public double lowestContrast(String css) {
    List<?> measured = (List<?>) script(LOWEST_CONTRAST, css);
    assertThat(((Number) measured.get(1)).intValue()).as("visible " + css).isPositive();
    return ((Number) measured.get(0)).doubleValue();
  }

  private static final String LOWEST_CONTRAST =
      """
      const parse = c => {
        const m = c.match(/rgba?\\(([^)]+)\\)/);
        if (!m) return null;
        const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
      };
      const channel = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
      const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
      const behind = el => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a >= 1) return c;
        }
        return { r: 255, g: 255, b: 255, a: 1 };
      };
      let lowest = 21, seen = 0;
      for (const el of document.querySelectorAll(arguments[0])) {
        if (el.getClientRects().length === 0 || !el.textContent.trim()) continue;
        const a = luminance(parse(getComputedStyle(el).color)), b = luminance(behind(el));
        lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
        seen++;
      }
      return [lowest, seen];
      """;

  public Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  private boolean idle() {
    Object active =
        script(
            "return window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue"
                + " ? !PrimeFaces.ajax.Queue.isEmpty() : false");
    return Boolean.FALSE.equals(active);
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Empties the browser as a new one would be and keeps it; one that fails at that is quit. */
  @Override
  public void close() {
    try {
      // a new tab: the old one's history and session storage go with it, as do any others
      String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
      for (String handle : driver.getWindowHandles()) {
        if (!handle.equals(fresh)) {
          driver.switchTo().window(handle).close();
        }
      }
      driver.switchTo().window(fresh);
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of("origin", origin(Http.testServer()), "storageTypes", "all"));
    } catch (RuntimeException e) {
      session.quit();
      return;
    }
    Deque<Session> idle = IDLE.computeIfAbsent(language, key -> new ConcurrentLinkedDeque<>());
    if (idle.size() < KEPT_PER_LANGUAGE) {
      idle.push(session);
    } else {
      session.quit();
    }
  }

  private static String origin(java.net.URI server) {
    return server.getScheme() + "://" + server.getHost() + ":" + server.getPort();
  }
}
