package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Loading 903 files through the API on H2 and PostgreSQL: the council's own return of two years loads back without
 * changing a record (and exports the same bytes again); hand-written files with faults store nothing and name every row;
 * loading the valid rows only stores them, and loading them again changes nothing.
 */
class Ssda903ImportIT extends DeployedApplication {

    private static final String LOAD = Http.APP + "/api/ssda903/import";
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";

    @Test
    void theCouncilsOwnReturnOfTwoYearsLoadsBackWithoutChangingARecord() throws IOException {
        byte[] before = http.bytes("analyst", Http.APP + "/api/ssda903/2024").body();
        Map<String, String> files = new LinkedHashMap<>();
        unzip(http.bytes("analyst", Http.APP + "/api/ssda903/2023").body()).forEach((name, text) -> files.put("2023-24/" + name, text));
        unzip(before).forEach((name, text) -> files.put("2024-25/" + name, text));

        for (int load = 1; load <= 2; load++) {
            HttpResponse<String> outcome = http.upload("analyst", LOAD, "application/zip", zip(files));
            assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);
            String body = outcome.body();
            assertThat(body).contains("\"stored\":true");
            for (String count : new String[] {"childrenCreated", "childrenUpdated", "episodesCreated", "episodesUpdated", "uascCreated",
                "missingCreated", "missingUpdated", "reviewsCreated"}) {
                assertThat(Json.number(body, count)).as(count + " on load " + load + ": " + body.substring(0, Math.min(600, body.length())))
                        .isZero();
            }
            assertThat(Json.number(body, "episodesUnchanged")).isGreaterThan(50);
            assertThat(Json.number(body, "reviewsUnchanged")).as("the return's reviews are already recorded").isGreaterThan(10);
            assertThat(body).doesNotContain("\"severity\":\"ERROR\"");
        }
        assertThat(unzip(http.bytes("analyst", Http.APP + "/api/ssda903/2024").body())).as("the return written again has the same files")
                .isEqualTo(unzip(before));
    }

    @Test
    void faultyFilesStoreNothingAndNameEveryRowUnlessOnlyTheValidRowsAreLoaded() throws IOException {
        Map<String, String> files = Map.of(
                "2019-20/header.csv", HEADER + "Q901,1,01/05/2012,WBRI,,,\r\nQ902,2,31/02/2013,WBRI,,,\r\n",
                "2019-20/episodes.csv", EPISODES.replace("\r\n", ",NOTES\r\n")
                        + "Q901,01/06/2019,S,V2,N1,U1,PR1,01/09/2019,E8,,AB1 2CD,,,x\r\n"
                        + "Q902,01/07/2019,S,V2,N1,U1,PR1,,,,,,,\r\n"
                        + "Q903,01/07/2019,S,V9,N1,U1,PR1,,,,,,,\r\n");
        HttpResponse<String> refused = http.upload("analyst", LOAD + "?format=csv", "application/zip", zip(files));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.headers().firstValue("X-Import-Stored")).hasValue("false");
        assertThat(refused.body()).contains("2019-20/header.csv,3,DOB,31/02/2013,ERROR,'31/02/2013' is not a real date",
                "2019-20/episodes.csv,1,NOTES,NOTES,WARNING", "2019-20/episodes.csv,4,LS,V9,ERROR",
                "2019-20/episodes.csv,3,CHILD,Q902,ERROR,\"The child is in no header file");
        assertThat(http.bytes("analyst", Http.APP + "/api/ssda903/2019").body()).as("nothing stored")
                .satisfies(zip -> assertThat(unzip(zip).get("header.csv")).doesNotContain("Q901"));

        HttpResponse<String> valid = http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(Json.number(valid.body(), "childrenCreated")).isEqualTo(1);
        assertThat(Json.number(valid.body(), "episodesCreated")).isEqualTo(1);
        String written = unzip(http.bytes("analyst", Http.APP + "/api/ssda903/2019").body()).get("episodes.csv");
        assertThat(written).contains("\r\nQ901,01/06/2019,S,V2,N1,U1,PR1,01/09/2019,E8,,AB1 2CD,,\r\n").doesNotContain("Q902", "Q903");

        HttpResponse<String> again = http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files));
        assertThat(Json.number(again.body(), "childrenCreated") + Json.number(again.body(), "episodesCreated")
                + Json.number(again.body(), "episodesUpdated")).as("the same files again change nothing").isZero();
    }

    @Test
    void reviewsLoadInTheirPeriodOfCareAndOneOutsideCareIsNamed() throws IOException {
        Map<String, String> files = Map.of(
                "2022-23/header.csv", HEADER + "Q951,1,01/05/2012,WBRI,,,\r\n",
                "2022-23/episodes.csv", EPISODES + "Q951,06/06/2022,S,C2,N1,U1,PR1,01/03/2023,E13,,AB1 2CD,,\r\n",
                "2022-23/reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\n"
                        + "Q951,01/05/2012,30/06/2022,PN1\r\nQ951,01/05/2012,20/09/2022,PN2\r\nQ951,01/05/2012,10/03/2023,PN1\r\n");
        HttpResponse<String> refused = http.upload("analyst", LOAD + "?format=csv", "application/zip", zip(files));
        assertThat(refused.headers().firstValue("X-Import-Stored")).hasValue("false");
        assertThat(refused.body()).contains("2022-23/reviews.csv,4,REVIEW,10/03/2023,ERROR,\"The child Q951 was not looked after");
        assertThat(http.as("analyst", Http.APP + "/api/children?q=Q951").body()).as("nothing stored").contains("\"total\":0");

        HttpResponse<String> valid = http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files));
        assertThat(Json.number(valid.body(), "reviewsCreated")).as(valid.body()).isEqualTo(2);
        long child = Json.number(http.as("analyst", Http.APP + "/api/children?q=Q951").body(), "id");
        String reviews = http.as("iro", Http.APP + "/api/children/" + child + "/reviews").body();
        assertThat(reviews).contains("\"heldOn\":\"2022-06-30\"", "\"sequence\":1", "\"heldOn\":\"2022-09-20\"", "\"sequence\":2",
                "\"dueDate\":\"2022-09-30\"", "\"participation\":\"PN2\"").doesNotContain("2023-03-10");
        assertThat(Json.number(http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files)).body(), "reviewsCreated"))
                .as("the same files again").isZero();
    }

    @Test
    void birthdayChecksLoadForCareLeaversByTheOc3Rules() throws IOException {
        Map<String, String> files = Map.of(
                "2021-22/header.csv", HEADER + "Q952,2,10/07/2005,WBRI,,,\r\nQ953,1,12/08/2005,WBRI,,,\r\n",
                "2021-22/episodes.csv", EPISODES + "Q952,01/09/2020,S,V2,N1,U1,PR1,01/01/2022,E13,,AB1 2CD,,\r\n"
                        + "Q953,01/09/2020,S,V2,N1,U1,PR1,01/01/2022,E13,,AB1 2CD,,\r\n",
                "2022-23/header.csv", HEADER + "Q952,2,10/07/2005,WBRI,,,\r\nQ953,1,12/08/2005,WBRI,,,\r\n",
                "2022-23/oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\nQ952,10/07/2005,YES,F2,U1\r\nQ953,12/08/2005,YES,F2,U7\r\n");
        HttpResponse<String> refused = http.upload("analyst", LOAD + "?format=csv", "application/zip", zip(files));
        assertThat(refused.headers().firstValue("X-Import-Stored")).hasValue("false");
        assertThat(refused.body()).contains("2022-23/oc3.csv,3,ACCOM,U7,ERROR");

        HttpResponse<String> valid = http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files));
        assertThat(Json.number(valid.body(), "checksCreated")).as(valid.body()).isEqualTo(1);
        assertThat(Json.number(valid.body(), "careLeaversCreated")).isEqualTo(1);
        String leavers = http.as("leaving-care", Http.APP + "/api/care-leavers?size=200").body();
        assertThat(leavers).contains("\"childRef\":\"Q952\"", "\"birthday\":\"2022-07-10\",\"birthdayAge\":17")
                .doesNotContain("\"childRef\":\"Q953\"");
        HttpResponse<String> again = http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files));
        assertThat(Json.number(again.body(), "checksCreated") + Json.number(again.body(), "careLeaversCreated")).as("the same files again")
                .isZero();
        assertThat(Json.number(again.body(), "checksUnchanged")).isEqualTo(1);
    }

    @Test
    void adoptionPermanenceOc2AndSocialWorkerFilesLoadAndAreWrittenBack() throws IOException {
        Map<String, String> files = Map.of(
                "2024-25/header.csv", HEADER + "Q971,1,01/03/2020,WBRI,,,\r\nQ972,2,05/05/2012,WBRI,,,\r\n",
                "2024-25/episodes.csv", EPISODES + "Q971,01/05/2023,S,C2,N1,U4,PR1,01/09/2024,X1,,AB1 2CD,,\r\n"
                        + "Q971,01/09/2024,L,E1,N1,U4,PR1,01/12/2024,X1,,AB1 2CD,,\r\n"
                        + "Q971,01/12/2024,P,E1,N1,A6,PR1,15/03/2025,E11,,AB1 2CD,,\r\n"
                        + "Q972,01/04/2022,S,C2,N1,U4,PR1,,,,AB1 2CD,,\r\n",
                "2024-25/placed_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\r\n"
                        + "Q971,01/03/2020,01/08/2024,,\r\nQ972,05/05/2012,01/02/2022,,\r\n",
                "2024-25/ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n"
                        + "Q971,01/03/2020,01/08/2024,15/11/2024,0,2,MF,L11\r\n",
                "2024-25/prev_perm.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\nQ972,05/05/2012,P2,,zz/zz/2019\r\n",
                "2024-25/sw_episodes.csv", "CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\nQ971,SW78,01/05/2023,01/10/2024,\r\n"
                        + "Q971,SW79,01/10/2024,,LEFTRL\r\nQ972,SW77,01/04/2022,,\r\n",
                "2024-25/oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,"
                        + "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\nQ972,05/05/2012,12,,0,,1,1,1,0,,\r\n");
        HttpResponse<String> refused = http.upload("analyst", LOAD + "?format=csv", "application/zip", zip(files));
        assertThat(refused.headers().firstValue("X-Import-Stored")).hasValue("false");
        assertThat(refused.body()).as("a decision on a day the child was not looked after")
                .contains("2024-25/placed_adoption.csv,3,DATE_PLACED,01/02/2022,ERROR");
        assertThat(unzip(http.bytes("analyst", Http.APP + "/api/ssda903/2024").body()).get("header.csv")).doesNotContain("Q971");

        HttpResponse<String> valid = http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files));
        assertThat(valid.body()).as(valid.body()).contains("\"adoptionJourneys\":{\"created\":1,", "\"oc2Returns\":{\"created\":1,",
                "\"previousPermanence\":{\"created\":1,", "\"socialWorkerEpisodes\":{\"created\":3,");
        Map<String, String> written = unzip(http.bytes("analyst", Http.APP + "/api/ssda903/2024").body());
        assertThat(written.get("ad1.csv")).contains("Q971,01/03/2020,01/08/2024,15/11/2024,0,2,MF,L11");
        assertThat(written.get("placed_adoption.csv")).contains("Q971,01/03/2020,01/08/2024,,").doesNotContain("Q972");
        assertThat(written.get("oc2.csv")).as("the return as loaded, not the (empty) health records")
                .contains("Q972,05/05/2012,12,,0,,1,1,1,0,,");
        assertThat(written.get("sw_episodes.csv")).contains("Q971,01/03/2020,SW78,01/05/2023,01/10/2024,",
                "Q971,01/03/2020,SW79,01/10/2024,,LEFTRL", "Q972,05/05/2012,SW77,01/04/2022,,");
        long q971 = Json.number(http.as("analyst", Http.APP + "/api/children?q=Q971").body(), "id");
        assertThat(http.as("adoption", Http.APP + "/api/children/" + q971 + "/chronology").body()).as("on the child's chronology")
                .contains("Social worker SW79 allocated (LEFTRL", "Adoption order", "Matched");
        assertThat(unzip(http.bytes("analyst", Http.APP + "/api/ssda903/2022").body()).get("prev_perm.csv"))
                .as("written in the year the child started to be looked after").contains("Q972,05/05/2012,P2,,zz/zz/2019");

        HttpResponse<String> again = http.upload("analyst", LOAD + "?rows=valid", "application/zip", zip(files));
        assertThat(again.body()).as("the same files again").contains("\"adoptionJourneys\":{\"created\":0,\"unchanged\":1,\"updated\":0}",
                "\"oc2Returns\":{\"created\":0,\"unchanged\":1,\"updated\":0}",
                "\"previousPermanence\":{\"created\":0,\"unchanged\":1,\"updated\":0}",
                "\"socialWorkerEpisodes\":{\"created\":0,\"unchanged\":3,\"updated\":0}");
    }

    @Test
    void onlyAnalystsLoadAndAFileOutsideAYearsFolderIsRefusedByName() throws IOException {
        byte[] flat = zip(Map.of("episodes.csv", EPISODES));
        assertThat(http.upload("fostering", LOAD, "application/zip", flat).statusCode()).isEqualTo(403);
        HttpResponse<String> noFolder = http.upload("analyst", LOAD, "application/zip", flat);
        assertThat(noFolder.statusCode()).isEqualTo(422);
        assertThat(noFolder.body()).contains("episodes.csv is not in a folder named after its collection year");
        assertThat(http.upload("analyst", LOAD + "?rows=some", "application/zip", flat).statusCode()).isEqualTo(422);
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return files;
    }
}
