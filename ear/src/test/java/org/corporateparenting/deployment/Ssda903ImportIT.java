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
                "missingCreated", "missingUpdated"}) {
                assertThat(Json.number(body, count)).as(count + " on load " + load + ": " + body.substring(0, Math.min(600, body.length())))
                        .isZero();
            }
            assertThat(Json.number(body, "episodesUnchanged")).isGreaterThan(50);
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
