package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The SSDA903 return written from the records, downloaded through the API, on H2 and PostgreSQL. */
class Ssda903ApiIT extends DeployedApplication {

    @Test
    void anAnalystDownloadsTheYearsReturnWithTheChildrenRecorded() throws IOException {
        long id = Json.number(http.json("POST", Http.APP + "/api/children", "fostering", """
                {"childRef":"X903","forename":"Test","surname":"Rendle","sex":"2","dateOfBirth":"2013-03-03","ethnicity":"AIND",
                 "upn":"A12345678901C"}""").body(), "id");
        http.json("POST", Http.APP + "/api/children/" + id + "/episodes", "fostering",
                "{\"startDate\":\"2024-05-01\",\"reasonNew\":\"S\",\"legalStatus\":\"V2\",\"categoryOfNeed\":\"N4\",\"placementType\":\"U5\"}");

        HttpResponse<byte[]> download = http.bytes("analyst", Http.APP + "/api/ssda903/2024");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("ssda903-2024-25.zip"));
        Map<String, String> files = unzip(download.body());
        assertThat(files).containsOnlyKeys("header.csv", "episodes.csv", "uasc.csv", "reviews.csv", "oc2.csv", "oc3.csv", "ad1.csv",
                "placed_adoption.csv", "prev_perm.csv", "missing.csv", "sw_episodes.csv");
        assertThat(files.get("header.csv")).startsWith("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n")
                .contains("\r\nX903,F,03/03/2013,AIND,A12345678901C,,\r\n");
        assertThat(files.get("episodes.csv")).contains("\r\nX903,01/05/2024,S,V2,N4,U5,,,,,,,\r\n");
        assertThat(files.get("header.csv").lines().count()).as("the demo council's children too").isGreaterThan(20);
    }

    @Test
    void theReturnWrittenIsCheckedByTheDfeRulesAndAFaultyFileIsReportedRowByRow() throws IOException {
        byte[] written = http.bytes("analyst", Http.APP + "/api/ssda903/2024").body();
        HttpResponse<String> clean = http.upload("analyst", Http.APP + "/api/ssda903/2024/validate", "application/zip", written);
        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(clean.headers().firstValue("X-Validation-Errors")).as("no problem of layout").hasValue("0");
        assertThat(clean.body()).startsWith("STATUS,RULE,FILE,ROW,CHILD,FIELDS,VALUES,MESSAGE\r\n").doesNotContain("FAIL,101,")
                .contains("\r\nNOT RUN,");
        HttpResponse<String> records = http.as("analyst", Http.APP + "/api/ssda903/2024/validate?part=rules");
        assertThat(records.statusCode()).isEqualTo(200);
        assertThat(records.body()).startsWith("RULE,ROWS,CHILDREN,MESSAGE\r\n").doesNotContain("\r\n101,");
        HttpResponse<byte[]> workbook = http.bytes("analyst", Http.APP + "/api/ssda903/2024/validate?format=xlsx");
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(new String(workbook.body(), 0, 2, StandardCharsets.ISO_8859_1)).as("an .xlsx is a ZIP").isEqualTo("PK");

        byte[] faulty = zip("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,"
                + "COLOUR\r\nC1,30/02/2024,S,C2,N1,U4,PR1,,,,,,,=cmd()\r\nC1,01/05/2024,S,C2,N1,U4,PR1,,,,,,,\r\n");
        HttpResponse<String> report = http.upload("analyst", Http.APP + "/api/ssda903/2024/validate", "application/zip", faulty);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\r\nFAIL,141,episodes.csv,2,C1,DECOM,30/02/2024,")
                .contains("\r\nWARNING,,episodes.csv,1,,COLOUR,COLOUR,\"The column COLOUR is not in the layout")
                .contains("\r\nWARNING,,episodes.csv,2,,COLOUR,'=cmd(),");
        HttpResponse<String> oldYear = http.upload("analyst", Http.APP + "/api/ssda903/2024/check", "application/zip",
                zip("SSDA903_2021-22_header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,1,01/02/2012,WBRI,,,\r\n"));
        assertThat(oldYear.statusCode()).isEqualTo(200);
        assertThat(oldYear.headers().firstValue("X-Validation-Errors")).hasValue("1");
        assertThat(oldYear.body()).contains("ERROR,,SSDA903_2021-22_header.csv,,,,2021-22,\"The file's name says 2021-22, but the return checked is 2024-25");
        assertThat(http.upload("fostering", Http.APP + "/api/ssda903/2024/validate", "application/zip", faulty).statusCode())
                .isEqualTo(403);
        assertThat(http.as("councillor", Http.APP + "/api/ssda903/2024/validate").statusCode()).isEqualTo(403);
        HttpResponse<String> notZip = http.upload("analyst", Http.APP + "/api/ssda903/2024/validate", "application/zip",
                "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).isEqualTo(422);
        assertThat(notZip.body()).contains("\"field\":\"file\"");
        HttpResponse<String> badFormat = http.as("analyst", Http.APP + "/api/ssda903/2024/validate?format=pdf");
        assertThat(badFormat.statusCode()).isEqualTo(422);
        assertThat(badFormat.body()).contains("\"field\":\"format\"");
    }

    @Test
    void theDfesXmlReturnIsCheckedOnItsOwnOrInAZipWithRowsAsLinesAndAnExternalEntityIsRefused() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>C1</CHILDID><SEX>1</SEX>"
                + "<DOB>01/02/2012</DOB><ETHNIC>WBRI</ETHNIC><COLOUR>red</COLOUR></HEADER>\n"
                + "<EPISODE><DECOM>30/02/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE>\n"
                + "</CHILD>\n</EXPSSDA903>\n";
        HttpResponse<String> lone = http.upload("analyst", Http.APP + "/api/ssda903/2024/validate", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertThat(lone.statusCode()).isEqualTo(200);
        assertThat(lone.body()).contains("\r\nFAIL,141,upload.xml#episodes.csv,5,C1,DECOM,30/02/2024,")
                .contains("\r\nWARNING,,upload.xml,4,,COLOUR,,\"The element COLOUR (line 4, inside HEADER) is not part of the 903 XML layout");
        HttpResponse<String> zipped = http.upload("analyst", Http.APP + "/api/ssda903/2024/validate", "application/zip",
                zip("2024-25/SSDA903_2024-25.xml", xml));
        assertThat(zipped.body()).contains("\r\nFAIL,141,SSDA903_2024-25.xml#episodes.csv,5,C1,DECOM,30/02/2024,");
        HttpResponse<String> xxe = http.upload("analyst", Http.APP + "/api/ssda903/2024/validate", "application/xml",
                ("<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<EXPSSDA903><CHILD><HEADER><CHILDID>&x;</CHILDID></HEADER></CHILD></EXPSSDA903>").getBytes(StandardCharsets.UTF_8));
        assertThat(xxe.statusCode()).isEqualTo(200);
        assertThat(xxe.headers().firstValue("X-Validation-Errors")).hasValue("1");
        assertThat(xxe.body()).contains("DOCTYPE").doesNotContain("root:");
        HttpResponse<String> load = http.upload("analyst", Http.APP + "/api/ssda903/import?format=csv&year=2024", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertThat(load.statusCode()).isEqualTo(200);
        assertThat(load.headers().firstValue("X-Import-Stored")).as("the date 30/02/2024 is an error: nothing stored").hasValue("false");
        assertThat(load.body()).contains("2024-25/upload.xml#episodes.csv,5,DECOM,30/02/2024,ERROR,");
        assertThat(http.upload("analyst", Http.APP + "/api/ssda903/import", "application/xml", xml.getBytes(StandardCharsets.UTF_8))
                .statusCode()).as("a lone XML without its year").isEqualTo(422);
    }

    @Test
    void aRegionalFileIsCheckedForTheAnalystsCouncilOnlyAsTheLoadReadsIt() throws IOException {
        String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,LA\r\nR901,M,01/02/2012,WBRI,,,,999\r\nR901,F,03/04/2013,WBRI,,,,901\r\n";
        HttpResponse<String> ours = http.upload("analyst", Http.APP + "/api/ssda903/2025/validate", "application/zip",
                zip("2025-26/header.csv", header));
        assertThat(ours.statusCode()).isEqualTo(200);
        assertThat(ours.body()).contains("\r\nWARNING,,2025-26/header.csv,1,,LA,901,", "neither loaded nor checked")
                .as("council 901's R901 is left out, not 'listed twice'").doesNotContain(",2025-26/header.csv,3,");
        HttpResponse<String> theirs = http.upload("analyst", Http.APP + "/api/ssda903/2025/validate", "application/zip",
                zip("2025-26/header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,LA\r\nR902,F,03/04/2013,WBRI,,,,901\r\n"));
        assertThat(theirs.headers().firstValue("X-Validation-Errors")).as("another council's file, an error as at load").hasValue("1");
        assertThat(theirs.body()).contains("None of this file's rows is for this council (LA 999)");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void onlyAnalystsAndAdministratorsMayDownloadIt() {
        assertThat(http.bytes("councillor", Http.APP + "/api/ssda903/2024").statusCode()).isEqualTo(403);
        assertThat(http.bytes("fostering", Http.APP + "/api/ssda903/2024").statusCode()).isEqualTo(403);
        HttpResponse<String> tooEarly = http.as("admin", Http.APP + "/api/ssda903/2010");
        assertThat(tooEarly.statusCode()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("\"field\":\"year\"");
        assertThat(http.as("admin", Http.APP + "/api/ssda903/" + (LocalDate.now().getYear() + 1)).statusCode()).isEqualTo(422);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
