package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
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
        assertThat(http.as("fostering", RECRUITMENT + "/enquiries").body()).as("who last changed each")
                .contains("\"enquiryRef\":\"EQ-", "\"by\":\"fostering\"");
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

    @Test
    void casesAreRecordedByReferenceAndTheMinutesAndCancellationsFollowTheMeeting() {
        long enquiry = enquiry();
        String ref = "EQ-" + REFS.get();
        String panel = http.json("POST", RECRUITMENT + "/panels", "fostering", "{\"meetingDate\":\"2021-10-12\"}").body();
        long meeting = Json.number(panel, "id");
        assertThat(panel).contains("\"status\":\"Held\"");
        String cases = RECRUITMENT + "/panels/" + meeting + "/cases";
        HttpResponse<String> unknown = http.json("POST", cases, "fostering",
                "{\"caseType\":\"NEW_APPROVAL\",\"reference\":\"NO-SUCH-1\",\"recommendation\":\"POSITIVE\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"reference\"", "no household or enquiry NO-SUCH-1");
        String heard = http.json("POST", cases, "fostering",
                "{\"caseType\":\"NEW_APPROVAL\",\"reference\":\"" + ref.toLowerCase() + "\",\"recommendation\":\"DEFERRED\"}").body();
        assertThat(heard).contains("\"enquiryId\":" + enquiry, "\"about\":\"" + ref + "\"", "\"recommendation\":\"DEFERRED\"");

        String minutes = RECRUITMENT + "/panels/" + meeting + "/minutes?version=";
        assertThat(http.json("POST", minutes + 0, "fostering", "{\"minutesOn\":\"2021-10-11\"}").body())
                .as("not before the meeting").contains("\"field\":\"minutesOn\"");
        assertThat(http.json("POST", minutes + 0, "fostering", "{\"minutesOn\":\"2021-10-19\"}").body())
                .contains("\"minutesOn\":\"2021-10-19\"", "\"lastChange\":{", "\"by\":\"fostering\"");
        assertThat(http.json("POST", minutes + 0, "fostering", "{\"minutesOn\":\"2021-10-20\"}").statusCode())
                .as("a stale version").isEqualTo(409);
        HttpResponse<String> cancelHeld = http.json("POST", RECRUITMENT + "/panels/" + meeting + "/cancellation?version=1", "fostering", "");
        assertThat(cancelHeld.statusCode()).isEqualTo(422);

        long future = Json.number(http.json("POST", RECRUITMENT + "/panels", "fostering",
                "{\"meetingDate\":\"" + LocalDate.now().plusDays(20) + "\"}").body(), "id");
        assertThat(http.json("POST", RECRUITMENT + "/panels/" + future + "/cancellation?version=0", "fostering", "").body())
                .contains("\"status\":\"Cancelled\"");
        String list = http.as("fostering", RECRUITMENT + "/panels?size=500").body();
        assertThat(entry(list, future)).contains("\"meetingDate\":\"" + LocalDate.now().plusDays(20) + "\"", "\"status\":\"Cancelled\"");
        assertThat(entry(list, meeting)).contains("\"meetingDate\":\"2021-10-12\"", "\"status\":\"Held\"", "\"cases\":1",
                "\"decided\":0", "\"minutesOn\":\"2021-10-19\"");
        assertThat(http.as("adoption", RECRUITMENT + "/panels").statusCode()).isEqualTo(403);
    }

    /** The object in a JSON list with this id. */
    private static String entry(String list, long id) {
        return Pattern.compile("\\{[^{}]*\"id\":" + id + "[,}][^{}]*}?").matcher(list).results().findFirst()
                .map(MatchResult::group).orElse("(none with id " + id + ")");
    }
}
