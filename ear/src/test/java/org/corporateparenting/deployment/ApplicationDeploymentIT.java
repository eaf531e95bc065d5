package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real app.ear, deployed on a server configured by wildfly-config's scripts, with the embedded
 * database and demo mode on: it starts, migrates, answers health and OpenAPI, and lets each demo user
 * in with their own role and no other.
 */
class ApplicationDeploymentIT extends DeployedApplication {

    private static final Map<String, String> DEMO_USERS = Map.of(
            "councillor", "councillor", "fostering", "fostering", "adoption", "adoption", "iro", "iro",
            "leaving-care", "leaving-care", "analyst", "performance-analyst", "admin", "administrator");

    @Test
    void isReadyOnceDeployed() {
        HttpResponse<String> ready = http.get(Http.MANAGEMENT + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"app.ear\":\"OK\"");
    }

    @Test
    void theDatabaseIsMigratedAndAnswers() {
        HttpResponse<String> status = http.get(Http.APP + "/api/status", "admin", Http.DEMO_PASSWORD);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"reachable\":true").containsPattern("\"schemaVersion\":\"\\d{3}\"")
                .contains("postgresql".equals(System.getProperty("it.database")) ? "\"product\":\"PostgreSQL\"" : "\"product\":\"H2\"");
    }

    @Test
    void everyDemoUserSignsInWithTheirOwnRoleOnly() {
        DEMO_USERS.forEach((user, role) -> {
            HttpResponse<String> me = http.get(Http.APP + "/api/me", user, Http.DEMO_PASSWORD);
            assertThat(me.statusCode()).as(user).isEqualTo(200);
            assertThat(me.body()).as(user).contains("\"roles\":[\"" + role + "\"]")
                    .contains("Kestrel Vale Council (fictional)");
        });
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(http.get(Http.APP + "/api/me", "admin", "not-the-password").statusCode()).isEqualTo(401);
        assertThat(http.get(Http.APP + "/api/me", "nobody", Http.DEMO_PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void withoutSigningInBrowsersGetTheSignInPageAndApiClientsA401() {
        assertThat(http.get(Http.APP + "/").body()).contains("j_security_check").doesNotContain("Kestrel Vale");
        for (String path : new String[] {"/api/me", "/api/children", "/api/status", "/api/children/looked-after/count"}) {
            HttpResponse<String> response = http.get(Http.APP + path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Basic realm=\"Corporate Parenting\"");
            assertThat(response.body()).as(path).doesNotContain("Kestrel Vale");
        }
    }

    @Test
    void councillorsSeeTheCountButNotTheChildren() {
        HttpResponse<String> count = http.get(Http.APP + "/api/children/looked-after/count", "councillor",
                Http.DEMO_PASSWORD);
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).containsPattern("\"children\":[1-9][0-9]*");
        assertThat(http.get(Http.APP + "/api/children", "councillor", Http.DEMO_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get(Http.APP + "/api/status", "councillor", Http.DEMO_PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void practitionersPageThroughTheDemoChildren() {
        HttpResponse<String> page = http.get(Http.APP + "/api/children?page=0&size=5", "fostering", Http.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"size\":5", "\"childRef\":\"D");
        assertThat(Json.number(page.body(), "total")).as("the demo council, and any child other tests added")
                .isGreaterThanOrEqualTo(120);
        HttpResponse<String> tooBig = http.get(Http.APP + "/api/children?size=5000", "fostering", Http.DEMO_PASSWORD);
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(tooBig.body()).contains("\"field\":\"size\"", "size between 1 and 500");
    }

    @Test
    void anImpossibleDateIsRefusedWithTheParameterNamed() {
        HttpResponse<String> response = http.get(Http.APP + "/api/children/looked-after/count?on=2025-02-30", "iro",
                Http.DEMO_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("on: '2025-02-30' is not a date");
    }

    @Test
    void aBrowserSignsInWithTheFormAndReachesTheScreens() {
        assertThat(http.get(Http.APP + "/").body()).contains("j_security_check");
        HttpResponse<String> signIn = http.postForm(Http.APP + "/j_security_check",
                "j_username=councillor&j_password=" + Http.DEMO_PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        HttpResponse<String> home = http.get(Http.APP + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("This file is auto-generated by Vaadin").contains("manifest.webmanifest");
        assertThat(http.get(Http.APP + "/api/me").body()).contains("\"username\":\"councillor\"");
    }
}
