package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads of child-level data through the API each leave an audit event, refusals too, and an auditor can ask
 * "what did user X read" (issue 20): probed by reading a child through several paths and then asking.
 */
class AuditTrailIT extends DeployedApplication {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Test
    void everyReadOfAChildAndEveryRefusalIsInTheTrailOfTheUser() {
        String child = firstId(http.as("fostering", Http.APP + "/api/children?size=1"));
        String household = firstId(http.as("fostering", Http.APP + "/api/households"));
        assertThat(http.as("fostering", Http.APP + "/api/children/" + child + "/episodes").statusCode()).isEqualTo(200);
        assertThat(http.as("fostering", Http.APP + "/api/households/" + household).statusCode()).isEqualTo(200);
        assertThat(http.as("fostering", Http.APP + "/api/children?q=Zz").statusCode()).isEqualTo(200);
        assertThat(http.as("fostering", Http.APP + "/api/children/987654321").statusCode()).isEqualTo(404);
        assertThat(http.as("councillor", Http.APP + "/api/children").statusCode()).isEqualTo(403);
        assertThat(http.bytes("analyst", Http.APP + "/api/ssda903/2024").statusCode()).isEqualTo(200);

        HttpResponse<String> fostering = http.as("auditor", Http.APP + "/api/audit?user=fostering");
        assertThat(fostering.statusCode()).isEqualTo(200);
        assertThat(fostering.body())
                .contains("GET /api/children/" + child + "/episodes from ")
                .contains("\"childId\":" + child)
                .contains("GET /api/households/" + household + " from ")
                .contains("GET /api/children?q=Zz from ")
                .contains("\"action\":\"REFUSED\"").contains("404 GET /api/children/987654321");
        assertThat(http.as("auditor", Http.APP + "/api/audit?user=councillor").body())
                .contains("\"action\":\"REFUSED\"").contains("403 GET /api/children from ");
        assertThat(http.as("auditor", Http.APP + "/api/audit?user=analyst").body()).contains("GET /api/ssda903/2024 from ");
    }

    @Test
    void onlyAuditorsAndAdministratorsAskAndAuditorsSeeNoChild() {
        assertThat(http.as("fostering", Http.APP + "/api/audit?user=iro").statusCode()).isEqualTo(403);
        assertThat(http.as("admin", Http.APP + "/api/audit?user=iro").statusCode()).isEqualTo(200);
        assertThat(http.as("auditor", Http.APP + "/api/children").statusCode()).isEqualTo(403);
        assertThat(http.as("auditor", Http.APP + "/api/audit").statusCode()).isEqualTo(400);
    }

    @Test
    void theTrailIsSealedInAHashChainThatAuditorsCheckAndOthersCannot() {
        http.as("fostering", Http.APP + "/api/children?q=a");
        HttpResponse<String> check = http.as("auditor", Http.APP + "/api/audit/chain");
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).as(check.body()).contains("\"intact\":true");
        assertThat(Json.number(check.body(), "verified")).as("the demo council's events, sealed").isPositive();
        assertThat(http.as("fostering", Http.APP + "/api/audit/chain").statusCode()).isEqualTo(403);
    }

    private static String firstId(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
    }
}
