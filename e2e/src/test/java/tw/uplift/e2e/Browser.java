package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs),
 * at one window size, with the checks every visited page must pass: axe-core finds no WCAG 2.1 A/AA violation and
 * the page does not scroll sideways. Without the browser on the machine the test is skipped and says why.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String name;
    private int pagesChecked;

    private Browser(ChromeDriver driver, String name) {
        this.driver = driver;
        // A page that is replaced while a wait reads it (the answer to a POST arriving) is read again, not an error.
        this.wait = (WebDriverWait) new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class);
        this.name = name;
    }

    /** A fresh browser (no cookies) with a window of this size; skips the test when Chromium is not installed. */
    static Browser open(String name, int width, int height) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no headless browser here: install Debian's chromium and chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags this machine needs: no sandbox as root, and nothing that reaches out to the closed network.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-TW", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, name);
    }

    WebDriver driver() {
        return driver;
    }

    void go(String url) {
        driver.get(url);
    }

    String title() {
        return driver.getTitle();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    void waitForPath(String prefix) {
        wait.until(d -> pathOf(d.getCurrentUrl()).startsWith(prefix));
    }

    String path() {
        return pathOf(driver.getCurrentUrl());
    }

    private static String pathOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Reaches {@code target} from where the focus is with the Tab key alone (at most {@code maxTabs} presses) and
     * activates it with Enter: proof that a keyboard user gets there.
     */
    void tabToAndEnter(By target, int maxTabs) {
        WebElement wanted = find(target);
        for (int i = 0; i < maxTabs; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (driver.switchTo().activeElement().equals(wanted)) {
                wanted.sendKeys(Keys.ENTER);
                return;
            }
        }
        throw new AssertionError(name + ": " + target + " not reached with " + maxTabs + " Tab presses on " + path());
    }

    /** Moves the focus to {@code target} with the Tab key alone and hands it back (for keys other than Enter). */
    WebElement tabTo(By target, int maxTabs) {
        WebElement wanted = find(target);
        for (int i = 0; i < maxTabs; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (driver.switchTo().activeElement().equals(wanted)) {
                return wanted;
            }
        }
        throw new AssertionError(name + ": " + target + " not reached with " + maxTabs + " Tab presses on " + path());
    }

    /** Types into a field reached by keyboard (as {@link #tabToAndEnter}), without the mouse. */
    void tabToAndType(By target, String text, int maxTabs) {
        WebElement wanted = find(target);
        for (int i = 0; i < maxTabs; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (driver.switchTo().activeElement().equals(wanted)) {
                wanted.sendKeys(text);
                return;
            }
        }
        throw new AssertionError(name + ": " + target + " not reached with " + maxTabs + " Tab presses on " + path());
    }

    /**
     * The checks of every page, at a phone's width (360 × 740) and a desk's (1280 × 800): no WCAG 2.1 A/AA violation
     * (axe-core), no sideways scrolling. The window is put back to its own size afterwards.
     */
    void checkPage() {
        Dimension own = driver.manage().window().getSize();
        for (Dimension size : List.of(new Dimension(360, 740), new Dimension(1280, 800))) {
            driver.manage().window().setSize(size);
            String at = name + " " + path() + " at " + size.getWidth() + " px";
            assertThat(Accessibility.violations(driver)).as(at + ": WCAG 2.1 A/AA violations").isEmpty();
            Object sideways = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) sideways).intValue()).as(at + ": scrolls sideways by (px)").isLessThanOrEqualTo(0);
        }
        driver.manage().window().setSize(own);
        pagesChecked++;
    }

    /** How many pages passed {@link #checkPage()}. */
    int pagesChecked() {
        return pagesChecked;
    }

    /** Saves a screenshot to look at (target/screenshots/NAME-label.png). */
    Path screenshot(String label) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + "-" + label + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
