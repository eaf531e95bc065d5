package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * What a councillor's tablet fetches before and around signing in: a board address opened cold from an agenda link
 * shows a styled sign-in page and returns to that address after signing in; the installable app's manifest, icons and
 * service workers are served without signing in (they carry no data); the board's pack link serves the stored
 * published edition, byte for byte, instead of rendering the pack afresh.
 */
class BoardLinksIT extends DeployedApplication {

    /** A month no other test publishes a pack for. */
    private static final String MONTH = YearMonth.now().minusMonths(3).toString();
    private static final String AREA = Http.APP + "/board/" + MONTH + "/area/profile";

    @Test
    void aBoardLinkOpenedSignedOutSignsInAndReturnsToTheSameAddress() {
        HttpResponse<String> cold = http.get(AREA);
        assertThat(cold.statusCode()).isEqualTo(200);
        assertThat(cold.body()).contains("Sign in", "href=\"/styles/login.css\"", "action=\"/j_security_check\"");
        HttpResponse<String> styles = http.get(Http.APP + "/styles/login.css");
        assertThat(styles.statusCode()).as("the sign-in page's styles need no sign-in").isEqualTo(200);
        assertThat(styles.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));

        HttpResponse<String> signedIn = http.postForm(Http.APP + "/j_security_check", "j_username=councillor&j_password="
                + URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8));
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/board/" + MONTH
                + "/area/profile"));
    }

    @Test
    void theInstallableAppsFilesAreServedWithoutSigningIn() {
        HttpResponse<String> manifest = http.get(Http.APP + "/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"name\"", "Corporate Parenting", "\"icons\"", "\"start_url\"");
        String icon = manifest.body().replaceAll("(?s).*\"src\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(http.get(Http.APP + "/" + icon.replaceFirst("^/", "")).statusCode()).as(icon).isEqualTo(200);
        HttpResponse<String> worker = http.get(Http.APP + "/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).doesNotContain("Sign in with the user name");
        assertThat(http.get(Http.APP + "/offline/sw.js").statusCode()).isEqualTo(200);
        assertThat(http.get(Http.APP + "/offline/board").body()).as("the board's copy itself needs a sign-in")
                .contains("Sign in with the user name");
    }

    @Test
    void thePackLinkServesThePublishedEditionAsKept() {
        String published = Http.APP + "/api/reports/board-pack/" + MONTH + "/published";
        HttpResponse<String> none = http.as("councillor", published);
        assertThat(none.statusCode()).as("no other test publishes this month's pack").isEqualTo(404);
        assertThat(none.body()).contains("No board pack has been published for " + MONTH + " yet.");
        HttpResponse<String> edition = http.json("POST", Http.APP + "/api/reports/board-pack/" + MONTH + "/publish", "analyst", "");
        assertThat(edition.statusCode()).as(edition.body()).isEqualTo(200);
        long pdf = Json.number(edition.body(), "id");

        byte[] kept = http.bytes("councillor", Http.APP + "/api/reports/editions/" + pdf + "/file").body();
        HttpResponse<byte[]> served = http.bytes("councillor", published + "?format=pdf");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(kept);
        assertThat(http.as("councillor", Http.APP + "/api/reports/board-pack/1999-01/published").statusCode()).isEqualTo(404);
        assertThat(http.as("councillor", Http.APP + "/api/reports/board-pack/last-month/published").statusCode()).isEqualTo(422);
    }
}
