package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loads are recorded and the most recent can be undone, on H2 and PostgreSQL (synthetic children, references U40..):
 * the load record names who loaded which files (with their SHA-256) and the totals; a change a load makes is in the
 * child's audit trail with its old and new value; undoing the latest load puts back what was stored before it and
 * removes what it made, all or nothing; an earlier load waits until the later is undone; a load whose records were
 * changed since is not undone.
 */
class Ssda903LoadUndoIT extends DeployedApplication {

    private static final String LOAD = Http.APP + "/api/ssda903/import";
    private static final String LOADS = Http.APP + "/api/ssda903/loads";
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";

    private long child(String ref) {
        String found = http.as("analyst", Http.APP + "/api/children?q=" + ref).body();
        return found.contains("\"total\":0") ? -1 : Json.number(found, "id");
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theLatestLoadIsRecordedAuditedAndUndoneToWhatWasStoredBeforeItAndAnEarlierLoadAfterIt() throws Exception {
        String header2023 = HEADER + "U40A1,1,01/05/2012,WBRI,,,\r\n";
        Map<String, String> first = Map.of("2023-24/header.csv", header2023,
                "2023-24/episodes.csv", EPISODES + "U40A1,01/06/2023,S,C2,N1,U1,PR1,,,,AB1 2CD,,\r\n");
        HttpResponse<String> one = http.upload("analyst", LOAD, "application/zip", Ssda903ImportIT.zip(first));
        assertThat(one.body()).as(one.body()).contains("\"stored\":true", "\"childrenCreated\":1");
        long firstLoad = Json.number(one.body(), "load");

        // The next year's file: the date of birth corrected, the episode ended, a new episode and a new child.
        Map<String, String> second = new LinkedHashMap<>();
        second.put("2024-25/header.csv", HEADER + "U40A1,1,01/05/2011,WBRI,,,\r\nU40A2,2,01/05/2013,WBRI,,,\r\n");
        second.put("2024-25/episodes.csv", EPISODES + "U40A1,01/06/2023,S,C2,N1,U1,PR1,01/07/2024,X1,,AB1 2CD,,\r\n"
                + "U40A1,01/07/2024,P,C2,N1,U4,PR1,,,,AB1 2CD,,\r\nU40A2,01/08/2024,S,C2,N1,U1,PR1,,,,AB1 2CD,,\r\n");
        HttpResponse<String> two = http.upload("analyst", LOAD, "application/zip", Ssda903ImportIT.zip(second));
        assertThat(two.body()).as(two.body()).contains("\"stored\":true", "\"childrenCreated\":1", "\"childrenUpdated\":1");
        long secondLoad = Json.number(two.body(), "load");
        assertThat(secondLoad).isGreaterThan(firstLoad);

        String loads = http.as("analyst", LOADS).body();
        assertThat(loads.indexOf("\"id\":" + secondLoad + ",")).as("newest first").isGreaterThan(0)
                .isLessThan(loads.indexOf("\"id\":" + firstLoad + ","));
        assertThat(loads).as("who, the files' SHA-256 and the totals").contains("\"loadedBy\":\"analyst\"", "2023-24/header.csv sha256:" + sha256(header2023),
                        "2024-25/episodes.csv: rows read 3: loaded 3, repaired 0, dropped 0, errors 0", "\"state\":\"STORED\"");
        long a1 = child("U40A1");
        String trail = http.as("admin", Http.APP + "/api/children/" + a1 + "/audit").body();
        assertThat(trail).as("the load's change in the child's history").contains("\"username\":\"analyst\"",
                "dateOfBirth: 2012-05-01 -> 2011-05-01");

        HttpResponse<String> tooEarly = http.json("POST", LOADS + "/2023/undo", "analyst", null);
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("undo it first");

        HttpResponse<String> undone = http.json("POST", LOADS + "/2024/undo", "analyst", null);
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(undone.body()).contains("\"state\":\"UNDONE\"", "\"undoneBy\":\"analyst\"");
        assertThat(child("U40A2")).as("the child the undone load made is gone").isEqualTo(-1);
        String a1Now = http.as("fostering", Http.APP + "/api/children/" + a1).body();
        assertThat(a1Now).as("the date of birth as stored before the load").contains("\"dateOfBirth\":\"2012-05-01\"");
        String episodes = http.as("fostering", Http.APP + "/api/children/" + a1 + "/episodes").body();
        assertThat(episodes).contains("\"startDate\":\"2023-06-01\"").doesNotContain("2024-07-01");
        assertThat(http.as("admin", Http.APP + "/api/children/" + a1 + "/audit").body()).contains("dateOfBirth: 2011-05-01 -> 2012-05-01");

        HttpResponse<String> earlier = http.json("POST", LOADS + "/2023/undo", "analyst", null);
        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(200);
        assertThat(child("U40A1")).as("nothing of the first load is left").isEqualTo(-1);
        assertThat(http.json("POST", LOADS + "/2023/undo", "analyst", null).statusCode()).as("nothing left to undo").isEqualTo(422);
    }

    @Test
    void aLoadWhoseRecordsWereChangedSinceIsNotUndoneAndNothingIsHalfWritten() throws IOException {
        Map<String, String> files = Map.of("2022-23/header.csv", HEADER + "U40C1,2,01/05/2012,WBRI,,,\r\n",
                "2022-23/episodes.csv", EPISODES + "U40C1,01/06/2022,S,C2,N1,U1,PR1,,,,AB1 2CD,,\r\n");
        assertThat(http.upload("analyst", LOAD, "application/zip", Ssda903ImportIT.zip(files)).body()).contains("\"stored\":true");
        long c1 = child("U40C1");
        HttpResponse<String> edited = http.json("PUT", Http.APP + "/api/children/" + c1 + "?version=0", "fostering", """
                {"childRef":"U40C1","forename":"Test","surname":"Ullswater","sex":"2","dateOfBirth":"2012-05-01",
                 "ethnicity":"WBRI","upn":null,"homePostcode":"AB1 2CD"}""");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        HttpResponse<String> refused = http.json("POST", LOADS + "/2022/undo", "analyst", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("changed since", "Child " + c1);
        assertThat(http.as("fostering", Http.APP + "/api/children/" + c1).body()).contains("\"surname\":\"Ullswater\"");
        assertThat(http.as("fostering", Http.APP + "/api/children/" + c1 + "/episodes").body()).contains("\"startDate\":\"2022-06-01\"");
        assertThat(http.as("analyst", LOADS).body()).startsWith("[{").contains("\"state\":\"STORED\"");
    }
}
