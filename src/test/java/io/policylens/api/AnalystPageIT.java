package io.policylens.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): search
 * in traditional characters, narrow by a province facet, open a document and see its highlights. Screenshots go
 * to target/screenshots for people to look at.
 */
class AnalystPageIT {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path tmp;
    private ApiFixture api;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiFixture(tmp, ApiSettings.loopback(0), null);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("policylens.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
            "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(System.getProperty("policylens.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        api.close();
    }

    private void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchInTraditionalNarrowByProvinceOpenADocumentAndSeeItsHighlights() throws Exception {
        browser.get(api.uri("/").toString());
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("科技創新");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "科技创新"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#results li.hit"));
        assertThat(hits).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#results .snippet mark"))).isNotEmpty();
        shot("1-search-traditional");

        By province = By.cssSelector("button.facet-value[data-facet='province'][data-value='浙江省']");
        wait.until(ExpectedConditions.elementToBeClickable(province)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.active-filter[data-filter='province']")));
        wait.until(d -> d.findElements(By.cssSelector("#results li.hit")).size() <= hits.size());
        String summary = browser.findElement(By.id("summary")).getText();
        assertThat(browser.findElements(By.cssSelector("#results li.hit"))).isNotEmpty();
        shot("2-province-facet");

        browser.findElement(By.cssSelector("#results li.hit a.doc-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-text")));
        wait.until(d -> !d.findElements(By.cssSelector("#doc-text mark")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#doc-text mark.ent-ORG, #doc-text mark.ent-LOC"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#doc-text mark.ind"))).isNotEmpty();
        shot("3-document-highlights");
        assertThat(summary).contains("科技创新");
        assertThat(severeConsoleErrors()).isEmpty();
    }

    @Test
    void anIssuerNarrowsTheResultsAndTheDocumentShowsItsPolicyHeader() throws Exception {
        browser.get(api.uri("/").toString());
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("低空经济");
        browser.findElement(By.id("search-button")).click();
        By issuer = By.cssSelector("button.facet-value[data-facet='issuer'][data-value='浙江省人民政府办公厅']");
        wait.until(ExpectedConditions.elementToBeClickable(issuer)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.active-filter[data-filter='issuer']")));
        wait.until(d -> d.findElements(By.cssSelector("#results li.hit")).size() == 1);
        browser.findElement(By.cssSelector("#results li.hit a.doc-link")).click();
        WebElement policy = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-policy")));
        assertThat(policy.getText()).contains("浙政办发〔2024〕27号", "浙江省人民政府办公厅", "2024-06-18",
            "《国务院办公厅关于促进通用航空业发展的指导意见》（国办发〔2016〕38号）");
        shot("5-policy-header");
        assertThat(severeConsoleErrors()).isEmpty();
    }

    @Test
    void hostileTextIsShownAsTextAndTheChartsAndIndicatorTableDraw() throws Exception {
        browser.get(api.uri("/").toString());
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("创新券");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "创新券"));
        browser.findElement(By.cssSelector("#results li.hit a.doc-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-text"), "onerror"));
        assertThat(browser.findElement(By.id("doc-text")).getText()).contains(ApiFixture.HOSTILE);
        assertThat(browser.findElements(By.cssSelector("#doc-text img, #doc-text script"))).isEmpty();

        browser.findElement(By.id("home")).click();
        browser.findElement(By.id("tab-indicators")).click();
        wait.until(d -> d.findElements(By.cssSelector("#indicator-table tbody tr")).size() > 3);
        int rows = browser.findElements(By.cssSelector("#indicator-table tbody tr")).size();
        browser.findElement(By.cssSelector("#indicator-table th[data-key='value']")).click();
        assertThat(browser.findElement(By.cssSelector("#indicator-table th[data-key='value']")).getAttribute("class"))
            .contains("sorted-");
        browser.findElement(By.id("indicator-filter")).sendKeys("money");
        wait.until(d -> d.findElements(By.cssSelector("#indicator-table tbody tr")).size() < rows);
        assertThat(browser.findElement(By.id("indicator-csv")).getAttribute("href")).contains("format=csv");
        shot("4-indicator-table");

        browser.findElement(By.id("tab-charts")).click();
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
            "return typeof Chart !== 'undefined' && !!Chart.getChart('chart-year') && !!Chart.getChart('chart-time');")));
        shot("5-charts");
        assertThat(severeConsoleErrors()).isEmpty();
    }

    /** Errors the page logged, CSP violations included. */
    private List<String> severeConsoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage).toList();
    }
}
