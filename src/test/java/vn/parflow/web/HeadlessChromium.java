package vn.parflow.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A real browser for tests that drive Parflow's web pages (the Camunda Tasklist and its forms): Debian's headless
 * Chromium through Debian's chromedriver, with a fresh profile, nothing downloaded. Without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} a test that asks for one fails, saying how to install
 * them ({@code .ci/run} does); it is never skipped.
 * <p>
 * Waits are explicit (until an element is there, clickable, or a condition holds), never sleeps. {@link #close()}
 * quits the browser and removes its profile.
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(System.getProperty("parflow.chromium", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(System.getProperty("parflow.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final WebDriver driver;

	private final Path profile;

	private final Path screenshots;

	private HeadlessChromium(WebDriver driver, Path profile, Path screenshots) {
		this.driver = driver;
		this.profile = profile;
		this.screenshots = screenshots;
	}

	/**
	 * Starts a headless Chromium.
	 *
	 * @param screenshots where {@link #screenshot(String)} writes (created when missing)
	 * @throws IllegalStateException when Chromium or chromedriver is not installed
	 */
	public static HeadlessChromium start(Path screenshots) {
		for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(program)) {
				throw new IllegalStateException(("%s is missing: the browser tests need Debian's Chromium and its driver "
						+ "(apt-get install chromium chromium-driver; .ci/run installs them).").formatted(program));
			}
		}
		try {
			Path profile = Files.createTempDirectory("parflow-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--no-default-browser-check", "--window-size=1400,1000", "--lang=vi",
					"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			Files.createDirectories(screenshots);
			return new HeadlessChromium(new ChromeDriver(service, options), profile, screenshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return driver;
	}

	public void open(String url) {
		driver.get(url);
	}

	/** Waits until the element is on the page and visible. */
	public WebElement visible(By by) {
		return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits until the element can be clicked, then clicks it. */
	public void click(By by) {
		new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	/** Waits for the field, empties it and types the text. */
	public void type(By by, String text) {
		WebElement field = visible(by);
		field.clear();
		field.sendKeys(text);
	}

	/** Waits until the page's text contains the text; when it never comes, the page is saved as {@code timeout.png}. */
	public void waitForText(String text) {
		try {
			new WebDriverWait(driver, WAIT).withMessage("text «" + text + "» on " + driver.getCurrentUrl())
				.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("timeout");
			// CI keeps the log, not the screenshot: say what the page showed instead
			String shown = text();
			throw new org.openqa.selenium.TimeoutException("%s%nThe page showed (%d characters):%n%s".formatted(
					ex.getMessage(), shown.length(), shown.length() > 3000 ? shown.substring(0, 3000) + " …" : shown),
					ex);
		}
	}

	/** Waits until the condition holds (checked every half second, at most 30 seconds). */
	public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, WAIT).withMessage(what).until(d -> condition.getAsBoolean());
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
	}

	/** Saves a PNG of the page as {@code <name>.png}; returns its path. */
	public Path screenshot(String name) {
		try {
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Path target = screenshots.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lays the page out as a screen of exactly this many CSS pixels (a phone's when narrower than 600), whatever the
	 * window's decorations.
	 */
	public void viewport(int width, int height) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
				"height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** Saves a PNG of the whole page, below the fold too, at the current viewport's width; returns its path. */
	public Path fullPage(String name) {
		try {
			Object height = script("return Math.ceil(document.documentElement.scrollHeight)");
			Object width = script("return document.documentElement.clientWidth");
			java.util.Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
					java.util.Map.of("format", "png", "captureBeyondViewport", true, "clip", java.util.Map.of("x", 0,
							"y", 0, "width", ((Number) width).intValue(), "height", ((Number) height).intValue(), "scale", 1)));
			Path target = screenshots.resolve(name + ".png");
			Files.write(target, java.util.Base64.getDecoder().decode((String) shot.get("data")));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Logs in on the Camunda webapps' own login form (Tasklist, Cockpit, Admin). */
	public void logInToCamunda(String username, String password) {
		type(By.cssSelector("form[name='signinForm'] input[type='text']"), username);
		type(By.cssSelector("form[name='signinForm'] input[type='password']"), password);
		click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ignored) {
				// a profile left in the temp directory is harmless
			}
		}
	}

}
