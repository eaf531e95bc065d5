package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Health, missing episodes and education through the API, on H2 and PostgreSQL. */
class WellbeingApiIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String CHILDREN = Http.APP + "/api/children";
    private static final LocalDate CARE_STARTED = LocalDate.of(2024, 7, 1);

    private long childInCare(String dob) {
        long id = Json.number(http.json("POST", CHILDREN, "fostering", """
                {"childRef":"WB%d","forename":"Test","surname":"Oakshott","sex":"1","dateOfBirth":"%s","ethnicity":"WBRI"}"""
                .formatted(REFS.incrementAndGet(), dob)).body(), "id");
        http.json("POST", CHILDREN + "/" + id + "/episodes", "fostering", """
                {"startDate":"%s","reasonNew":"S","legalStatus":"V2","categoryOfNeed":"N4","placementType":"U5"}"""
                .formatted(CARE_STARTED));
        return id;
    }

    @Test
    void healthAssessmentsAreDueByTheGuidance() {
        long id = childInCare("2022-02-02");
        String url = CHILDREN + "/" + id + "/health";
        assertThat(http.as("iro", url).body()).contains("\"nextAssessmentDue\":\"2024-07-29\"");
        HttpResponse<String> review = http.json("POST", url + "/assessments", "fostering",
                "{\"kind\":\"REVIEW\",\"completedOn\":\"2024-07-20\"}");
        assertThat(review.statusCode()).isEqualTo(422);
        assertThat(review.body()).contains("initial assessment of this period of care first");
        assertThat(http.json("POST", url + "/assessments", "fostering",
                "{\"kind\":\"INITIAL\",\"completedOn\":\"2024-07-20\"}").body())
                .contains("\"onTime\":true", "\"nextAssessmentDue\":\"2025-01-20\"");
    }

    @Test
    void sdqScoresAreForFourToSixteenYearOldsAndWithinRange() {
        long young = childInCare("2022-02-02");
        HttpResponse<String> tooYoung = http.json("POST", CHILDREN + "/" + young + "/health/checks", "fostering",
                "{\"kind\":\"SDQ\",\"checkedOn\":\"2024-09-01\",\"score\":12}");
        assertThat(tooYoung.statusCode()).isEqualTo(422);
        assertThat(tooYoung.body()).contains("for children aged 4 to 16");
        long older = childInCare("2012-02-02");
        HttpResponse<String> outOfRange = http.json("POST", CHILDREN + "/" + older + "/health/checks", "fostering",
                "{\"kind\":\"SDQ\",\"checkedOn\":\"2024-09-01\",\"score\":41}");
        assertThat(outOfRange.body()).contains("\"field\":\"score\"");
        assertThat(http.json("POST", CHILDREN + "/" + older + "/health/checks", "fostering",
                "{\"kind\":\"SDQ\",\"checkedOn\":\"2024-09-01\",\"score\":18}").body()).contains("\"score\":18");
    }

    @Test
    void aReturnInterviewIsOfferedAfterTheChildReturns() {
        long id = childInCare("2010-04-04");
        String url = CHILDREN + "/" + id + "/health/missing";
        HttpResponse<String> early = http.json("POST", url, "fostering", """
                {"kind":"MISSING","startDate":"2024-08-10","endDate":"2024-08-12","interviewOfferedOn":"2024-08-11"}""");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("\"field\":\"interviewOfferedOn\"");
        assertThat(http.json("POST", url, "fostering", """
                {"kind":"MISSING","startDate":"2024-08-10","endDate":"2024-08-12","interviewOfferedOn":"2024-08-13",
                 "interviewAccepted":true}""").body()).contains("\"interviewAccepted\":true");
        HttpResponse<String> beforeCare = http.json("POST", url, "fostering",
                "{\"kind\":\"ABSENT\",\"startDate\":\"2024-06-01\"}");
        assertThat(beforeCare.body()).contains("not looked after on 01/06/2024");
    }

    @Test
    void attendanceMustAddUpAndIsRecordedOncePerTerm() {
        long id = childInCare("2012-03-03");
        String url = CHILDREN + "/" + id + "/education/attendance";
        HttpResponse<String> tooMany = http.json("POST", url, "fostering", """
                {"academicYear":2024,"term":"AUTUMN","sessionsPossible":140,"sessionsAttended":120,"unauthorisedAbsences":30}""");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("\"field\":\"unauthorisedAbsences\"", "cannot exceed the sessions missed (20)");
        assertThat(http.json("POST", url, "fostering", """
                {"academicYear":2024,"term":"AUTUMN","sessionsPossible":140,"sessionsAttended":120,"unauthorisedAbsences":12}""")
                .body()).contains("\"persistentlyAbsent\":true");
        assertThat(http.json("POST", url, "fostering", """
                {"academicYear":2024,"term":"AUTUMN","sessionsPossible":140,"sessionsAttended":139,"unauthorisedAbsences":0}""")
                .body()).contains("already recorded");
        assertThat(http.json("POST", CHILDREN + "/" + id + "/education/records", "fostering",
                "{\"kind\":\"SUSPENSION\",\"fromDate\":\"2024-10-01\"}").body()).contains("\"field\":\"sessions\"");
        assertThat(http.json("POST", CHILDREN + "/" + id + "/education/records", "fostering",
                "{\"kind\":\"PEP_INITIAL\",\"fromDate\":\"2024-07-15\"}").body()).contains("\"lastPep\":\"2024-07-15\"");
        assertThat(http.as("councillor", CHILDREN + "/" + id + "/education").statusCode()).isEqualTo(403);
        http.as("iro", CHILDREN + "/" + id + "/education");
        assertThat(http.as("admin", CHILDREN + "/" + id + "/audit").body())
                .contains("{\"action\":\"READ\",", "\"username\":\"iro\"", "\"recordType\":\"Attendance\"");
    }
}
