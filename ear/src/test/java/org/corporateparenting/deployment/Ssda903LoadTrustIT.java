package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loading hand-made 903 files (synthetic children, references T18..) that used to fail the whole load, on H2 and
 * PostgreSQL: each fault is a row error naming file, row and field, never an HTTP 500; the first report of an
 * all-or-nothing load already names the errors a load of the valid rows would find; nothing is half-written.
 */
class Ssda903LoadTrustIT extends DeployedApplication {

    private static final String LOAD = Http.APP + "/api/ssda903/import";
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";
    private static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\r\n";

    private static Map<String, String> faultyFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("2016-17/header.csv", HEADER + "T18X1,1,01/05/2010,WBRI,,,\r\n");
        files.put("2022-23/header.csv", HEADER + "T18A1,1,01/05/2012,WBRI,,,\r\nT18A2,2,01/05/2012,WBRI,,,\r\n"
                + "T18A3,1,01/05/2012,WBRI,,,\r\nT18A4,1,01/05/2012,WBRI,,,\r\n");
        files.put("2022-23/episodes.csv", EPISODES + "T18A1,01/06/2022,S,C2,N1,U1,PR1,01/03/2023,E13,,AB1 2CD,,\r\n"
                + "T18A3,01/06/2022,S,C2,N1,U1,PR1,,,,AB12 3CDXYZ,,\r\n"
                + "T18A4,01/06/2022,S,V9,N1,U1,PR1,,,,AB1 2CD,,\r\n");
        files.put("2022-23/reviews.csv", REVIEWS + "T18A1,01/05/2012,30/06/2022,PN1\r\nT18A1,01/05/2012,10/03/2023,PN1\r\n");
        files.put("2022-23/prev_perm.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\nT18A2,01/05/2012,P2,,zz/zz/2019\r\n");
        files.put("2022-23/sw_episodes.csv", "CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\nT18A2,SW1,01/06/2022,,\r\n");
        return files;
    }

    @Test
    void theFirstReportNamesEveryFaultAtOnceAndTheValidRowsLoadWithoutA500() throws IOException {
        byte[] zip = Ssda903ImportIT.zip(faultyFiles());
        HttpResponse<String> refused = http.upload("analyst", LOAD + "?format=csv", "application/zip", zip);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(refused.headers().firstValue("X-Import-Stored")).hasValue("false");
        assertThat(refused.body()).as("every phase's errors in the first report").contains(
                "2016-17/header.csv,0,,,ERROR,\"The collection year 2016-17 is before the first year read here (2017-18)",
                "2022-23/episodes.csv,3,HOME_POST,AB12 3CDXYZ,ERROR",
                "2022-23/episodes.csv,4,LS,V9,ERROR",
                "2022-23/reviews.csv,3,REVIEW,10/03/2023,ERROR",
                "2022-23/prev_perm.csv,2,CHILD,T18A2,ERROR",
                "2022-23/sw_episodes.csv,2,CHILD,T18A2,ERROR",
                "2022-23/header.csv,3,CHILD,T18A2,WARNING");
        assertThat(http.as("analyst", Http.APP + "/api/children?q=T18A").body()).as("nothing stored").contains("\"total\":0");

        HttpResponse<String> valid = http.upload("analyst", LOAD + "?rows=valid&format=csv", "application/zip", zip);
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(valid.headers().firstValue("X-Import-Stored")).hasValue("true");
        assertThat(valid.body()).as("the same errors as the first report: no new round")
                .isEqualTo(refused.body());
        String children = http.as("analyst", Http.APP + "/api/children?q=T18A").body();
        assertThat(children).contains("\"childRef\":\"T18A1\"").doesNotContain("T18A2", "T18A3", "T18A4");
    }

    @Test
    void aReviewLoadedBeforeOneAlreadyRecordedRenumbersItWithoutAUniqueKeyError() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("2022-23/header.csv", HEADER + "T18B1,1,01/05/2012,WBRI,,,\r\n");
        files.put("2022-23/episodes.csv", EPISODES + "T18B1,06/06/2022,S,C2,N1,U1,PR1,01/03/2023,E13,,AB1 2CD,,\r\n");
        files.put("2022-23/reviews.csv", REVIEWS + "T18B1,01/05/2012,20/09/2022,PN2\r\n");
        HttpResponse<String> first = http.upload("analyst", LOAD, "application/zip", Ssda903ImportIT.zip(files));
        assertThat(Json.number(first.body(), "reviewsCreated")).as(first.body()).isEqualTo(1);

        files.put("2022-23/reviews.csv", REVIEWS + "T18B1,01/05/2012,30/06/2022,PN1\r\nT18B1,01/05/2012,20/09/2022,PN2\r\n");
        HttpResponse<String> second = http.upload("analyst", LOAD, "application/zip", Ssda903ImportIT.zip(files));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(second.body()).contains("\"stored\":true");
        assertThat(Json.number(second.body(), "reviewsCreated")).isEqualTo(1);
        long child = Json.number(http.as("analyst", Http.APP + "/api/children?q=T18B1").body(), "id");
        String reviews = http.as("iro", Http.APP + "/api/children/" + child + "/reviews").body();
        assertThat(reviews).contains("\"heldOn\":\"2022-06-30\"", "\"sequence\":2", "\"dueDate\":\"2022-09-30\"");
    }

    @Test
    void theFieldsAcceptedAreStoredAndWrittenBackAsLoaded() throws IOException {
        String header = "T18C1,2,01/05/2007,WBRI,A123456789012,1,03/02/2020\r\n";
        String episodes = "T18C1,01/05/2020,S,C2,N1,U4,PR1,01/09/2020,X1,,AB1 2CD,KV1 1AA,SC123456\r\n"
                + "T18C1,01/09/2020,P,C2,N1,U5,PR1,01/03/2021,E13,CARPL,EF3 4GH,KV2 2BB,SC654321\r\n";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("2020-21/header.csv", HEADER + header);
        files.put("2020-21/episodes.csv", EPISODES + episodes);
        HttpResponse<String> loaded = http.upload("analyst", LOAD, "application/zip", Ssda903ImportIT.zip(files));
        assertThat(loaded.body()).as(loaded.body()).contains("\"stored\":true");

        Map<String, String> written = Ssda903ImportIT.unzip(http.bytes("analyst", Http.APP + "/api/ssda903/2020").body());
        assertThat(written.get("header.csv")).contains("\r\n" + header);
        assertThat(written.get("episodes.csv")).as("each episode's HOME_POST and URN as loaded").contains("\r\n" + episodes);
        HttpResponse<String> again = http.upload("analyst", LOAD, "application/zip", Ssda903ImportIT.zip(files));
        assertThat(Json.number(again.body(), "childrenUpdated") + Json.number(again.body(), "episodesUpdated")).as("the same files again")
                .isZero();
    }
}
