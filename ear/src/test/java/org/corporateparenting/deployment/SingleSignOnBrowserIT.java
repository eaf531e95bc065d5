package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Single sign-on (README, "Single sign-on") against a real OpenID Connect provider: the Keycloak that
 * scripts/test-keycloak.sh started with the synthetic realm {@code src/test/resources/sso/council-realm.json}, and a
 * WildFly configured with configure-sso.cli, as the ear module's it-sso execution starts them. A real browser signs in
 * on Keycloak's own login page; the group to role map is the server's {@code care.oidc.group-roles}
 * ({@code cp-performance-analysts=performance-analyst;cp-fostering-team=fostering}). Local accounts (the demo
 * council's) still sign in with HTTP Basic beside it. Runs only on that server (system property it.sso).
 */
@EnabledIfSystemProperty(named = "it.sso", matches = "true")
class SingleSignOnBrowserIT extends DeployedApplication {

    private static final String KEYCLOAK = System.getProperty("it.keycloak.url", "http://127.0.0.1:8680");
    private static final String LOGIN_PAGE = KEYCLOAK + "/realms/council/protocol/openid-connect/auth";

    private static BrowserSession browser;

    @BeforeAll
    static void keycloakAnswersAndBrowserStarts() throws IOException, InterruptedException {
        // Keycloak was started at the beginning of the module's build and has usually been ready for minutes.
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI discovery = URI.create(KEYCLOAK + "/realms/council/.well-known/openid-configuration");
        Instant deadline = Instant.now().plusSeconds(300);
        while (true) {
            try {
                if (client.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak did not answer " + discovery + " within 300 s (see target/keycloak/keycloak.log)");
            }
            Thread.sleep(1000);
        }
        Files.createDirectories(BrowserSession.ARTEFACTS);
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens the application, is sent to Keycloak's login page, signs in there and follows it back. */
    private static Page signInAtKeycloak(String username, String password) {
        Page page = browser.newPage(1280, 800);
        page.navigate(Http.APP + "/");
        page.waitForURL(url -> url.startsWith(LOGIN_PAGE));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(Http.APP));
        return page;
    }

    @Test
    void anAnalystSignsInAtTheProviderAndHasTheMappedRoleInTheAppAndItsApi() {
        Page page = signInAtKeycloak("sso-analyst", "sso-analyst-password-1");
        page.waitForSelector("#signed-in-as");
        assertThat(page.locator("#signed-in-as").textContent()).contains("sso-analyst").contains("performance-analyst")
                .doesNotContain("administrator");
        assertThat(page.locator("#looked-after-headline").textContent()).contains("Kestrel Vale Council");
        BrowserSession.screenshot(page, "sso-analyst-home");

        // The API with the browser's session, as the app's own pages call it.
        var me = page.request().get(Http.APP + "/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains("\"username\":\"sso-analyst\"").contains("\"performance-analyst\"")
                .doesNotContain("\"administrator\"");
        assertThat(page.request().get(Http.APP + "/api/children").status()).isEqualTo(200);
        assertThat(page.request().get(Http.APP + "/api/users").status()).isEqualTo(403);
        page.context().close();
    }

    /**
     * A name like Microsoft Entra ID's {@code preferred_username}, with {@code @} and a domain, is the person's username
     * here too (a form no local account can have, so it never lands on a local account's row).
     */
    @Test
    void aProviderNameWithAnAtAndADomainSignsIn() {
        Page page = signInAtKeycloak("ann@council.gov.uk", "sso-ann-password-1");
        page.waitForSelector("#signed-in-as");
        assertThat(page.locator("#signed-in-as").textContent()).contains("ann@council.gov.uk").contains("performance-analyst");
        var me = page.request().get(Http.APP + "/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains("\"username\":\"ann@council.gov.uk\"").contains("\"councilName\":\"Kestrel Vale Council");
        // The administrator sees the row the first sign-in made, under the same name.
        HttpResponse<String> row = http.get(Http.APP + "/api/users/ann@council.gov.uk", "admin", Http.DEMO_PASSWORD);
        assertThat(row.statusCode()).as(row.body()).isEqualTo(200);
        assertThat(row.body()).contains("\"username\":\"ann@council.gov.uk\"");
        page.context().close();
    }

    @Test
    void someoneInNoMappedGroupIsRefused() {
        Page page = browser.newPage(1280, 800);
        page.navigate(Http.APP + "/");
        page.waitForURL(url -> url.startsWith(LOGIN_PAGE));
        page.fill("#username", "sso-canteen");
        page.fill("#password", "sso-canteen-password-1");
        var answer = page.waitForResponse(response -> response.url().startsWith(Http.APP), () -> page.click("#kc-login"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(page.locator("#signed-in-as").count()).isZero();
        assertThat(page.request().get(Http.APP + "/api/me").status()).isEqualTo(401);
        page.context().close();
    }

    @Test
    void aLocalAccountStillSignsInWithBasic() {
        HttpResponse<String> admin = http.get(Http.APP + "/api/me", "admin", Http.DEMO_PASSWORD);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(admin.body()).contains("\"username\":\"admin\"").contains("\"administrator\"");
        assertThat(Http.browser().get(Http.APP + "/api/users", "admin", Http.DEMO_PASSWORD).statusCode()).isEqualTo(200);

        // A wrong password is refused with a Basic challenge (401: a client does not follow the provider's address).
        HttpResponse<String> wrong = Http.browser().get(Http.APP + "/api/me", "admin", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));

        // A browser with no credentials is sent to the provider, not shown the form sign-in page.
        HttpResponse<String> anonymous = Http.browser().get(Http.APP + "/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).startsWith(LOGIN_PAGE));
    }

    /**
     * Signing out ends the application's session and, by RP-initiated logout (end_session_endpoint with id_token_hint
     * and post_logout_redirect_uri), Keycloak's too: the browser comes back to the application, which sends it to
     * Keycloak's login form again instead of being signed straight back in by Keycloak's own session cookie.
     */
    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        Page page = signInAtKeycloak("sso-fostering", "sso-fostering-password-1");
        page.waitForSelector("#signed-in-as");
        assertThat(page.locator("#signed-in-as").textContent()).contains("fostering");
        assertThat(page.request().get(Http.APP + "/api/me").status()).isEqualTo(200);

        List<String> visited = new CopyOnWriteArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        page.click(".cp-sign-out button");
        page.waitForURL(url -> url.startsWith(LOGIN_PAGE));
        page.waitForSelector("#username");
        assertThat(visited).anySatisfy(url -> assertThat(url)
                .startsWith(KEYCLOAK + "/realms/council/protocol/openid-connect/logout")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=" + URLEncoder.encode(Http.APP + "/",
                        StandardCharsets.UTF_8)));
        assertThat(page.request().get(Http.APP + "/api/me", RequestOptions.create().setMaxRedirects(0)).status()).isEqualTo(401);

        // Keycloak's session is over: visiting again stops at its login form (with its session alive, Keycloak would
        // redirect straight back, signed in, and its login page would never load).
        page.navigate(Http.APP + "/");
        page.waitForURL(url -> url.startsWith(LOGIN_PAGE));
        assertThat(page.locator("#password").isVisible()).isTrue();
        page.context().close();
    }
}
