package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The recruitment pipeline and the fostering panel through the API, on H2 and PostgreSQL. */
class RecruitmentApiIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String RECRUITMENT = Http.APP + "/api/recruitment";
    private static final LocalDate RECEIVED = LocalDate.of(2021, 3, 1);

    private long enquiry() {
        HttpResponse<String> created = http.json("POST", RECRUITMENT + "/enquiries", "fostering",
                "{\"enquiryRef\":\"EQ-%d\",\"source\":\"website\",\"receivedOn\":\"%s\"}".formatted(REFS.incrementAndGet(), RECEIVED));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Json.number(created.body(), "id");
    }

    @Test
    void enquiriesMoveOneStageAtATimeAndTheConversionIsCounted() {
        long first = enquiry();
        long second = enquiry();
        String stage = RECRUITMENT + "/enquiries/" + first + "/stage?version=";
        HttpResponse<String> skipping = http.json("POST", stage + 0, "fostering", "{\"stage\":\"ASSESSMENT\",\"date\":\"2021-03-10\"}");
        assertThat(skipping.statusCode()).isEqualTo(422);
        assertThat(skipping.body()).contains("From ENQUIRY the next stage is INITIAL_VISIT.");
        assertThat(http.json("POST", stage + 0, "fostering", "{\"stage\":\"INITIAL_VISIT\",\"date\":\"2021-02-10\"}")
                .body()).contains("\"field\":\"date\"");
        http.json("POST", stage + 0, "fostering", "{\"stage\":\"INITIAL_VISIT\",\"date\":\"2021-03-10\"}");
        http.json("POST", stage + 1, "fostering", "{\"stage\":\"ASSESSMENT\",\"date\":\"2021-04-01\"}");
        assertThat(http.json("POST", RECRUITMENT + "/enquiries/" + second + "/closure?version=0", "fostering",
                "{\"closedOn\":\"2021-03-05\",\"reason\":\"Not ready to foster\"}").body()).contains("\"closedReason\"");
        String pipeline = http.as("fostering", RECRUITMENT + "/pipeline?from=2021-03-01&to=2021-03-01").body();
        assertThat(Json.number(pipeline, "ENQUIRY")).isGreaterThanOrEqualTo(2);
        assertThat(http.as("iro", RECRUITMENT + "/enquiries").statusCode()).isEqualTo(403);
    }

    @Test
    void thePanelRecommendsAndTheDecisionMakerDecides() {
        long enquiry = enquiry();
        String panel = http.json("POST", RECRUITMENT + "/panels", "fostering", "{\"meetingDate\":\"2021-09-14\"}").body();
        long meeting = Json.number(panel, "id");
        HttpResponse<String> unknownType = http.json("POST", RECRUITMENT + "/panels/" + meeting + "/cases", "fostering",
                "{\"caseType\":\"PARTY\",\"enquiryId\":" + enquiry + ",\"recommendation\":\"POSITIVE\"}");
        assertThat(unknownType.body()).contains("\"field\":\"caseType\"");
        String heard = http.json("POST", RECRUITMENT + "/panels/" + meeting + "/cases", "fostering",
                "{\"caseType\":\"NEW_APPROVAL\",\"enquiryId\":" + enquiry + ",\"recommendation\":\"POSITIVE\"}").body();
        long caseId = Json.number(heard.substring(heard.indexOf("\"cases\"")), "id");
        HttpResponse<String> early = http.json("POST", RECRUITMENT + "/cases/" + caseId + "/decision?version=0", "fostering",
                "{\"decision\":\"AGREED\",\"decisionOn\":\"2021-09-01\"}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(http.json("POST", RECRUITMENT + "/cases/" + caseId + "/decision?version=0", "fostering",
                "{\"decision\":\"AGREED\",\"decisionOn\":\"2021-09-20\"}").body()).contains("\"decision\":\"AGREED\"");
        long future = Json.number(http.json("POST", RECRUITMENT + "/panels", "fostering",
                "{\"meetingDate\":\"" + LocalDate.now().plusMonths(1) + "\"}").body(), "id");
        assertThat(http.json("POST", RECRUITMENT + "/panels/" + future + "/cases", "fostering",
                "{\"caseType\":\"NEW_APPROVAL\",\"enquiryId\":" + enquiry + ",\"recommendation\":\"POSITIVE\"}").statusCode())
                .isEqualTo(422);
    }
}
