package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Recording children and their episodes through the API, on the real application and database (H2 and
 * PostgreSQL): the service's rules answer with the field to correct, nothing half-written is kept,
 * two people cannot overwrite each other, and every change and read is in the audit trail.
 */
class CaseRecordsApiIT extends DeployedApplication {

    private static final AtomicInteger REFS = new AtomicInteger();
    private static final String CHILDREN = Http.APP + "/api/children";

    private static String childJson(String ref, String surname, String sex, String dob, String upn) {
        return """
                {"childRef":"%s","forename":"Test","surname":"%s","sex":"%s","dateOfBirth":"%s",
                 "ethnicity":"WBRI","upn":%s,"homePostcode":"KV1 2AB"}""".formatted(ref, surname, sex, dob,
                upn == null ? "null" : "\"" + upn + "\"");
    }

    private static String episodeJson(String start, String end, String rne, String place, String rec) {
        return """
                {"startDate":"%s","endDate":%s,"reasonNew":"%s","legalStatus":"C2","categoryOfNeed":"N1",
                 "placementType":"%s","placementProvider":"PR1","reasonCeased":%s}""".formatted(start,
                end == null ? "null" : "\"" + end + "\"", rne, place, rec == null ? "null" : "\"" + rec + "\"");
    }

    private long register(String surname) {
        String ref = "T" + ProcessHandle.current().pid() % 1000 + REFS.incrementAndGet();
        HttpResponse<String> created = http.json("POST", CHILDREN, "fostering", childJson(ref, surname, "2", "2014-03-01", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.number(created.body(), "id");
    }

    @Test
    void aPractitionerRegistersAChildAndReadsTheRecord() {
        long id = register("Ashdown");
        HttpResponse<String> record = http.as("iro", CHILDREN + "/" + id);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains("\"surname\":\"Ashdown\"", "\"homePostcode\":\"KV1 2AB\"", "\"version\":0",
                "\"lastChangedBy\":\"fostering\"");
    }

    @Test
    void councillorsCannotSeeOrRecordAChild() {
        long id = register("Brackley");
        assertThat(http.as("councillor", CHILDREN + "/" + id).statusCode()).isEqualTo(403);
        assertThat(http.json("POST", CHILDREN, "councillor", childJson("X1", "Carrow", "1", "2015-01-01", null))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndNothingIsStored() {
        String ref = "BAD" + REFS.incrementAndGet();
        HttpResponse<String> refused = http.json("POST", CHILDREN, "fostering",
                childJson(ref, "Dunmore", "3", LocalDate.now().plusDays(2).toString(), "12345"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"sex\"", "\"field\":\"dateOfBirth\"", "\"field\":\"upn\"",
                "Date of birth cannot be in the future.");
        HttpResponse<String> fixed = http.json("POST", CHILDREN, "fostering",
                childJson(ref, "Dunmore", "1", "2016-07-08", "A12345678901B"));
        assertThat(fixed.statusCode()).as("the refused attempt left nothing behind").isEqualTo(201);
        HttpResponse<String> again = http.json("POST", CHILDREN, "fostering",
                childJson(ref, "Ellery", "1", "2016-07-08", null));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("\"field\":\"childRef\"", "already holds a child with reference " + ref);
    }

    @Test
    void twoPeopleEditingTheSameChildCannotOverwriteEachOther() {
        long id = register("Fairweather");
        String url = CHILDREN + "/" + id + "?version=0";
        HttpResponse<String> first = http.json("PUT", url, "fostering", childJson("F" + id, "Gorringe", "2", "2014-03-01", null));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"version\":1");
        HttpResponse<String> second = http.json("PUT", url, "adoption", childJson("F" + id, "Hallam", "2", "2014-03-01", null));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("was changed by fostering");
        assertThat(http.as("adoption", CHILDREN + "/" + id).body()).contains("\"surname\":\"Gorringe\"");
    }

    @Test
    void episodesKeepTheSsda903Rules() {
        long id = register("Inchbold");
        String episodes = CHILDREN + "/" + id + "/episodes";
        HttpResponse<String> first = http.json("POST", episodes, "fostering", episodeJson("2024-05-01", null, "S", "U5", null));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        long episodeId = Json.number(first.body(), "id");

        HttpResponse<String> overlapping = http.json("POST", episodes, "fostering",
                episodeJson("2024-06-01", null, "S", "U5", null));
        assertThat(overlapping.statusCode()).isEqualTo(422);
        assertThat(overlapping.body()).contains("\"field\":\"startDate\"", "Overlaps the child's episode from 01/05/2024");

        HttpResponse<String> withdrawnCode = http.json("PUT", Http.APP + "/api/episodes/" + episodeId + "?version=0",
                "fostering", episodeJson("2024-05-01", null, "S", "H5", null));
        assertThat(withdrawnCode.statusCode()).isEqualTo(422);
        assertThat(withdrawnCode.body()).contains("\"field\":\"placementType\"", "H5 was withdrawn after 2023-24");

        HttpResponse<String> ended = http.json("PUT", Http.APP + "/api/episodes/" + episodeId + "?version=0",
                "fostering", episodeJson("2024-05-01", "2024-09-30", "S", "U5", "X1"));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        HttpResponse<String> stale = http.json("PUT", Http.APP + "/api/episodes/" + episodeId + "?version=0",
                "adoption", episodeJson("2024-05-01", "2024-10-31", "S", "U5", "X1"));
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> notContinuing = http.json("POST", episodes, "fostering",
                episodeJson("2024-09-30", null, "S", "U4", null));
        assertThat(notContinuing.statusCode()).isEqualTo(422);
        assertThat(notContinuing.body()).contains("\"field\":\"reasonNew\"", "cannot be S");
        assertThat(http.json("POST", episodes, "fostering", episodeJson("2024-09-30", null, "P", "U4", null))
                .statusCode()).isEqualTo(201);

        String record = http.as("iro", CHILDREN + "/" + id).body();
        assertThat(record).contains("\"periodsOfCare\":[{\"episodes\":2,\"isOpen\":true,\"start\":\"2024-05-01\"}]");
    }

    @Test
    void everyChangeAndReadIsInTheAuditTrail() {
        long id = register("Jessop");
        http.json("PUT", CHILDREN + "/" + id + "?version=0", "adoption", childJson("J" + id, "Kettering", "2", "2014-03-01", null));
        http.as("leaving-care", CHILDREN + "/" + id);
        HttpResponse<String> trail = http.as("admin", CHILDREN + "/" + id + "/audit");
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(trail.body()).contains("\"action\":\"CREATE\"", "\"username\":\"fostering\"",
                "\"action\":\"UPDATE\"", "surname: Jessop -> Kettering", "\"action\":\"READ\"", "\"username\":\"leaving-care\"");
        assertThat(http.as("fostering", CHILDREN + "/" + id + "/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void uascPeriodsDoNotOverlapAndStartBeforeEighteen() {
        long id = register("Quarrie");
        String url = CHILDREN + "/" + id + "/uasc-periods";
        assertThat(http.json("POST", url, "fostering", "{\"startDate\":\"2030-01-01\"}").body())
                .contains("\"field\":\"startDate\"");
        assertThat(http.json("POST", url, "fostering", "{\"startDate\":\"2024-01-01\",\"endDate\":\"2024-06-30\"}")
                .body()).contains("\"uascPeriods\":[{\"endDate\":\"2024-06-30\"");
        HttpResponse<String> overlapping = http.json("POST", url, "fostering", "{\"startDate\":\"2024-06-01\"}");
        assertThat(overlapping.statusCode()).isEqualTo(422);
        assertThat(overlapping.body()).contains("Overlaps the UASC period from 01/01/2024.");
    }

    @Test
    void codeListsAreServedByCollectionYear() {
        assertThat(http.as("councillor", Http.APP + "/api/code-lists/PLACE?year=2023").body()).contains("\"H5\"")
                .doesNotContain("\"K3\"");
        assertThat(http.as("councillor", Http.APP + "/api/code-lists/PLACE?year=2024").body()).contains("\"K3\"")
                .doesNotContain("\"value\":\"H5\"");
        assertThat(http.as("councillor", Http.APP + "/api/code-lists/NOPE").statusCode()).isEqualTo(404);
    }
}
