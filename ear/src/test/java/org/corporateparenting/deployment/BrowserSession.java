package org.corporateparenting.deployment;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright (never Playwright's own browser download), with the launch
 * flags this closed network needs. One browser per test class; a fresh context (cookies, cache, service
 * workers) per user and viewport. Screenshots are kept in {@code target/browser-artefacts}.
 */
final class BrowserSession implements AutoCloseable {

    static final Path ARTEFACTS = Paths.get("target", "browser-artefacts");

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CP_CHROMIUM", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /** A signed-in page in a new context of the given viewport. */
    Page signIn(String user, int width, int height) {
        return signIn(user, Http.DEMO_PASSWORD, width, height);
    }

    /** A page signed in with the user's own password. */
    Page signIn(String user, String password, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.navigate(Http.APP + "/");
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(url -> !url.contains("login") && !url.contains("j_security_check"));
        return page;
    }

    /** A page in a new context of the given viewport, signed in as nobody (the single sign-on test signs in at the provider). */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(ARTEFACTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
