package org.corporateparenting.deployment;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What every browser test shares: one headless Chromium for the class's tests, its screenshots folder made first. */
abstract class BrowserJourneys extends DeployedApplication {

    static BrowserSession browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(BrowserSession.ARTEFACTS);
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
