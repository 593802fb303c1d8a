package io.policylens.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
import java.nio.charset.StandardCharsets;
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

    /**
     * Clicks the n-th result's link. A new search keeps the old list on screen until its answer comes and then
     * renders the list again, so a link found in between can go stale: find it again until a click lands.
     */
    private void clickResult(int n) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#results li.hit a.doc-link"));
            if (links.size() <= n) {
                return false;
            }
            links.get(n).click();
            return true;
        });
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

        clickResult(0);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doc-text")));
        wait.until(d -> !d.findElements(By.cssSelector("#doc-text mark")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#doc-text mark.ent-ORG, #doc-text mark.ent-LOC"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#doc-text mark.ind"))).isNotEmpty();
        shot("3-document-highlights");
        assertThat(summary).contains("科技创新");
        assertThat(severeConsoleErrors()).isEmpty();
    }

    @Test
    void theUrlKeepsTheSearchBackAndForwardWorkAndErrorsReplaceTheResults() throws Exception {
        // a bookmarked search with a filter
        browser.get(api.uri("/?q=" + ApiFixture.q("创新") + "&province=" + ApiFixture.q("浙江省")).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "创新"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("创新");
        assertThat(browser.findElements(By.cssSelector("button.active-filter[data-filter='province']"))).hasSize(1);
        List<WebElement> links = browser.findElements(By.cssSelector("#results li.hit a.doc-link"));
        assertThat(links).hasSizeGreaterThanOrEqualTo(2);
        String first = links.get(0).getText();
        String second = links.get(1).getText();

        // open one document, go back, open another: the second is shown, and each is in the URL
        links.get(0).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), first));
        assertThat(browser.getCurrentUrl()).contains("#doc/").contains("province=");
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        clickResult(1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), second));
        String docUrl = browser.getCurrentUrl();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-title"), second));
        assertThat(browser.getCurrentUrl()).isEqualTo(docUrl);

        // a second search, then back: the first search returns with its words
        browser.findElement(By.id("back")).click();
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("人才");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "人才"));
        browser.navigate().back();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "创新"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("创新");

        // an error replaces the results
        box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("\"科技创新");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(browser.findElements(By.cssSelector("#results li.hit"))).isEmpty();
        assertThat(browser.findElement(By.id("summary")).getText()).isEmpty();
        shot("6-error-replaces-results");

        // an empty result says why and offers to drop the filters
        browser.get(api.uri("/?q=" + ApiFixture.q("量子引力波") + "&province=" + ApiFixture.q("浙江省")).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "No document matches"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("province: 浙江省");
        browser.findElement(By.id("drop-filters")).click();
        wait.until(d -> d.findElements(By.cssSelector("button.active-filter")).isEmpty());
        assertThat(browser.getCurrentUrl()).doesNotContain("province=");
        // the browser logs the refused unclosed quote (a 400) it was asked for; nothing else
        assertThat(severeConsoleErrors()).allSatisfy(e -> assertThat(e).contains("status of 400"));
    }

    @Test
    void aWatchedSearchCountsTheDocumentsIndexedSinceTheLastVisit() throws Exception {
        browser.get(api.uri("/?q=" + ApiFixture.q("专项资金")).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "专项资金"));
        browser.findElement(By.id("watch-button")).click();
        wait.until(ExpectedConditions.alertIsPresent());
        var prompt = browser.switchTo().alert();
        prompt.sendKeys("专项资金动态");
        prompt.accept();
        By count = By.cssSelector("#watch-list li .watch-new");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(count, "0 new"));
        assertThat(browser.findElement(By.cssSelector("#watch-list li .watch-link")).getText()).isEqualTo("专项资金动态");

        Path later = Files.createDirectories(tmp.resolve("later"));
        Files.writeString(later.resolve("later-fund.txt"), "区财政下达第二批科技专项资金\n\n发布时间：2026-12-08\n\n"
            + "区财政近日下达第二批科技专项资金1200万元，支持32家企业开展关键技术攻关。\n", StandardCharsets.UTF_8);
        io.policylens.TestIngest job = new io.policylens.TestIngest(api.settings, io.policylens.app.Ingests.pipeline(api.settings));
        job.run(api.es, job.inputs(List.of(later)), n -> { });

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(count, "1 new"));
        shot("7-watch-with-new-documents");
        browser.findElement(By.cssSelector("#watch-list li .watch-link")).click();
        // newest first: the document just indexed, published after every corpus page (kashgar-…, 2026-12-07, also
        // names 专项资金), heads the list
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
            By.cssSelector("#results li.hit a.doc-link")).getText().equals("区财政下达第二批科技专项资金"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(count, "0 new"));
        assertThat(severeConsoleErrors()).isEmpty();
    }

    @Test
    void anIssuerNarrowsTheResultsAndTheDocumentShowsItsPolicyHeader() throws Exception {
        browser.get(api.uri("/").toString());
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("低空经济");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "低空经济"));
        By issuer = By.cssSelector("button.facet-value[data-facet='issuer'][data-value='浙江省人民政府办公厅']");
        wait.until(ExpectedConditions.elementToBeClickable(issuer)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.active-filter[data-filter='issuer']")));
        wait.until(d -> d.findElements(By.cssSelector("#results li.hit")).size() == 1);
        clickResult(0);
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
        clickResult(0);
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
        // amounts read as reports write them (42.3亿元), exact decimals on hover, values sorted within one currency
        List<WebElement> cells = browser.findElements(By.cssSelector("#indicator-table tbody tr td.num"));
        List<String> shown = cells.stream().map(WebElement::getText).toList();
        assertThat(shown).anySatisfy(v -> assertThat(v).containsPattern("^(≈ )?[0-9.]+(万亿|亿|万)元"));
        assertThat(shown).noneMatch(v -> v.matches(".*[0-9]E[0-9+-].*"));
        assertThat(cells).allSatisfy(c -> assertThat(c.getAttribute("title")).matches("(?s)[0-9.]+( – [0-9.]+)? .*"));
        List<String> units = browser.findElements(By.cssSelector("#indicator-table tbody tr td:nth-child(3)")).stream()
            .map(WebElement::getText).toList();
        for (int i = 1; i < units.size(); i++) {
            assertThat(units.subList(i, units.size())).as("one unit's rows stay together")
                .doesNotContain(units.get(i - 1).equals(units.get(i)) ? "\u0000" : units.get(i - 1));
        }
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
