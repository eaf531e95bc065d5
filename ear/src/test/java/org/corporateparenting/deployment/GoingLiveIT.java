package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A council puts the system into service (README, "Going live"): a server started without demo data, with
 * {@code CP_BOOTSTRAP_ADMIN=setup} and a password file, as the ear module's it-going-live execution starts it.
 * The set-up administrator signs in, must change the one-time password first, creates the council and an
 * analyst; the analyst changes their own one-time password and reads the home page in a real browser. The demo
 * users do not exist. Runs only on that server (system property it.going-live).
 */
@EnabledIfSystemProperty(named = "it.going-live", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoingLiveIT extends DeployedApplication {

    /** The first line of src/test/resources/going-live/bootstrap-password.txt, which the server reads. */
    private static final String ONE_TIME = "kestrel-first-light-2026";
    private static final String ADMIN_OWN = "heron-lantern-quarry-88";
    private static final String ANALYST_ONE_TIME = "analyst-start-here-4417";
    private static final String ANALYST_OWN = "copper-fern-window-61";

    @Test
    @Order(1)
    void theServerIsHealthyButHoldsNoDemoUsers() {
        assertThat(http.get(Http.MANAGEMENT + "/health/ready").statusCode()).isEqualTo(200);
        for (String demo : new String[] {"admin", "analyst", "councillor", "fostering"}) {
            assertThat(http.get(Http.APP + "/api/me", demo, Http.DEMO_PASSWORD).statusCode()).as(demo).isEqualTo(401);
        }
    }

    @Test
    @Order(2)
    void theBootstrapAdministratorMustChangeTheOneTimePasswordFirst() {
        HttpResponse<String> me = http.get(Http.APP + "/api/me", "setup", ONE_TIME);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"roles\":[\"administrator\"]").contains("\"mustChangePassword\":true");

        HttpResponse<String> held = http.get(Http.APP + "/api/users", "setup", ONE_TIME);
        assertThat(held.statusCode()).isEqualTo(403);
        assertThat(held.body()).contains("Change the password you were given first");

        HttpResponse<String> common = changePassword("setup", ONE_TIME, "Password1234");
        assertThat(common.statusCode()).isEqualTo(422);
        assertThat(common.body()).contains("\"field\":\"newPassword\"").contains("commonly used");
        HttpResponse<String> wrongCurrent = changePassword("setup", "not-the-password-at-all", ADMIN_OWN);
        assertThat(wrongCurrent.statusCode()).isEqualTo(401);

        assertThat(changePassword("setup", ONE_TIME, ADMIN_OWN).statusCode()).isEqualTo(204);
        assertThat(http.get(Http.APP + "/api/me", "setup", ONE_TIME).statusCode()).isEqualTo(401);
        assertThat(http.get(Http.APP + "/api/me", "setup", ADMIN_OWN).body()).contains("\"mustChangePassword\":false");
    }

    @Test
    @Order(3)
    void theAdministratorCreatesTheCouncilAndAnAnalyst() {
        HttpResponse<String> council = http.json("POST", Http.APP + "/api/council", "setup", ADMIN_OWN,
                "{\"laCode\":\"914\",\"name\":\"Test Going Live Council\"}");
        assertThat(council.statusCode()).as(council.body()).isEqualTo(201);
        assertThat(http.get(Http.APP + "/api/me", "setup", ADMIN_OWN).body()).contains("\"councilName\":\"Test Going Live Council\"");
        HttpResponse<String> again = http.json("POST", Http.APP + "/api/council", "setup", ADMIN_OWN,
                "{\"laCode\":\"915\",\"name\":\"A Second Council\"}");
        assertThat(again.statusCode()).isEqualTo(422);

        HttpResponse<String> weak = http.json("POST", Http.APP + "/api/users", "setup", ADMIN_OWN,
                "{\"username\":\"t.analyst\",\"displayName\":\"Test Analyst\",\"roles\":[\"performance-analyst\"],\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("\"field\":\"password\"").contains("at least 12 characters");

        HttpResponse<String> analyst = http.json("POST", Http.APP + "/api/users", "setup", ADMIN_OWN,
                "{\"username\":\"t.analyst\",\"displayName\":\"Test Analyst\",\"roles\":[\"performance-analyst\"],\"password\":\""
                        + ANALYST_ONE_TIME + "\"}");
        assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(201);
        assertThat(analyst.body()).contains("\"mustChangePassword\":true").contains("\"enabled\":true");
        assertThat(http.get(Http.APP + "/api/users", "setup", ADMIN_OWN).body()).contains("\"username\":\"setup\"")
                .contains("\"username\":\"t.analyst\"");
    }

    @Test
    @Order(4)
    void theAnalystChangesTheirPasswordAndReadsTheHomePage() throws IOException {
        assertThat(http.get(Http.APP + "/api/children", "t.analyst", ANALYST_ONE_TIME).statusCode()).isEqualTo(403);
        assertThat(changePassword("t.analyst", ANALYST_ONE_TIME, "t.analyst-password-1").statusCode()).isEqualTo(422);
        assertThat(changePassword("t.analyst", ANALYST_ONE_TIME, ANALYST_OWN).statusCode()).isEqualTo(204);
        HttpResponse<String> me = http.get(Http.APP + "/api/me", "t.analyst", ANALYST_OWN);
        assertThat(me.body()).contains("\"roles\":[\"performance-analyst\"]")
                .contains("\"councilName\":\"Test Going Live Council\"");
        assertThat(http.get(Http.APP + "/api/children", "t.analyst", ANALYST_OWN).statusCode()).isEqualTo(200);
        assertThat(http.get(Http.APP + "/api/users", "t.analyst", ANALYST_OWN).statusCode()).isEqualTo(403);

        Files.createDirectories(BrowserSession.ARTEFACTS);
        try (BrowserSession browser = new BrowserSession()) {
            Page page = browser.signIn("t.analyst", ANALYST_OWN, 1280, 800);
            assertThat(page.locator("#looked-after-headline").textContent())
                    .contains("0 children are looked after by Test Going Live Council");
            assertThat(page.locator("#signed-in-as").textContent()).contains("Test Analyst");
            BrowserSession.screenshot(page, "going-live-analyst-home");
        }
    }

    @Test
    @Order(5)
    void everyAdministrativeChangeIsRecordedWithWhoMadeIt() {
        assertThat(http.json("POST", Http.APP + "/api/users/t.analyst/disable", "setup", ADMIN_OWN, null).statusCode()).isEqualTo(200);
        assertThat(http.get(Http.APP + "/api/me", "t.analyst", ANALYST_OWN).statusCode()).isEqualTo(401);
        assertThat(http.json("POST", Http.APP + "/api/users/t.analyst/enable", "setup", ADMIN_OWN, null).statusCode()).isEqualTo(200);
        assertThat(http.get(Http.APP + "/api/me", "t.analyst", ANALYST_OWN).statusCode()).isEqualTo(200);

        HttpResponse<String> reset = http.json("POST", Http.APP + "/api/users/t.analyst/password-reset", "setup", ADMIN_OWN,
                "{\"password\":\"reset-by-admin-2026\"}");
        assertThat(reset.body()).contains("\"mustChangePassword\":true");
        assertThat(http.get(Http.APP + "/api/children", "t.analyst", "reset-by-admin-2026").statusCode()).isEqualTo(403);

        assertThat(http.json("PUT", Http.APP + "/api/users/t.analyst/roles", "setup", ADMIN_OWN,
                "{\"roles\":[\"performance-analyst\",\"iro\"]}").body()).contains("\"iro\"");

        HttpResponse<String> trail = http.get(Http.APP + "/api/users/t.analyst/changes", "setup", ADMIN_OWN);
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(trail.body()).contains("\"actor\":\"setup\"").contains("\"action\":\"CREATED\"", "\"action\":\"DISABLED\"",
                "\"action\":\"ENABLED\"", "\"action\":\"PASSWORD_RESET\"", "\"action\":\"ROLES_SET\"")
                .contains("\"action\":\"PASSWORD_CHANGED\"").doesNotContain(ANALYST_OWN).doesNotContain("reset-by-admin-2026");
        assertThat(http.get(Http.APP + "/api/users/setup/changes", "setup", ADMIN_OWN).body())
                .contains("\"actor\":\"bootstrap\"", "\"action\":\"BOOTSTRAPPED\"", "\"action\":\"JOINED_COUNCIL\"");
    }

    @Test
    @Order(6)
    void theLastAdministratorCannotGiveUpTheRole() {
        HttpResponse<String> demote = http.json("PUT", Http.APP + "/api/users/setup/roles", "setup", ADMIN_OWN,
                "{\"roles\":[\"performance-analyst\"]}");
        assertThat(demote.statusCode()).isEqualTo(422);
        assertThat(demote.body()).contains("last administrator");
        assertThat(http.json("POST", Http.APP + "/api/users/setup/disable", "setup", ADMIN_OWN, null).statusCode()).isEqualTo(422);
        assertThat(http.get(Http.APP + "/api/users/setup", "setup", ADMIN_OWN).body()).contains("\"administrator\"")
                .contains("\"enabled\":true");
        assertThat(http.get(Http.APP + "/api/users/nobody", "setup", ADMIN_OWN).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void theCouncilSetUpChangesWithItsHistory() {
        String council = http.get(Http.APP + "/api/council", "setup", ADMIN_OWN).body();
        long version = Json.number(council, "version");
        HttpResponse<String> changed = http.json("PUT", Http.APP + "/api/council?version=" + version, "setup", ADMIN_OWN,
                "{\"laCode\":\"914\",\"name\":\"Test Going Live Borough Council\",\"contactDays\":42}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"contactDays\":42").contains("Test Going Live Borough Council");
        HttpResponse<String> stale = http.json("PUT", Http.APP + "/api/council?version=" + version, "setup", ADMIN_OWN,
                "{\"laCode\":\"914\",\"name\":\"Lost Update Council\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> bad = http.json("PUT", Http.APP + "/api/council?version=" + (version + 1), "setup", ADMIN_OWN,
                "{\"laCode\":\"91\",\"name\":\"Test\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("three digits");

        HttpResponse<String> history = http.get(Http.APP + "/api/council/history", "setup", ADMIN_OWN);
        assertThat(history.body()).contains("\"username\":\"setup\"").contains("contactDays: null -> 42")
                .contains("name: Test Going Live Council -> Test Going Live Borough Council").contains("\"action\":\"CREATE\"");
    }

    private HttpResponse<String> changePassword(String user, String current, String next) {
        return http.json("POST", Http.APP + "/api/me/password", user, current,
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
    }
}
