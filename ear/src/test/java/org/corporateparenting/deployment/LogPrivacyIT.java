package org.corporateparenting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bad input never puts a child's personal values in the logs (issue 20): after a faulty 903 upload and
 * malformed API bodies carrying a date of birth and a home postcode, neither value is in the server's log,
 * the application's log or the database's trace file.
 */
class LogPrivacyIT extends DeployedApplication {

    private static final String DOB = "30/02/2011";
    private static final String POSTCODE = "ZQ9 8YX";
    private static final String LONG_POSTCODE = "ZQ98YXQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";

    @Test
    void badInputLeavesNoDateOfBirthOrPostcodeInTheLogs() throws IOException {
        Map<String, String> files = Map.of(
                "2018-19/header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nQ801,2," + DOB + ",WBRI,,,\r\n"
                        + "Q802,1,01/05/2012,WBRI,,,\r\n",
                "2018-19/episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n"
                        + "Q802,01/06/2018,S,V2,N1,U1,PR1,,,," + POSTCODE + ",,\r\n"
                        + "Q802,01/07/2018,S,V2,N1,U1,PR1,,,," + LONG_POSTCODE + ",,\r\n");
        assertThat(http.upload("analyst", Http.APP + "/api/ssda903/import", "application/zip", Ssda903ImportIT.zip(files))
                .statusCode()).isLessThan(500);
        for (String body : new String[] {"{\"dateOfBirth\":\"" + DOB + "\",\"homePostcode\":\"" + POSTCODE + "\"",
            "{\"dateOfBirth\":\"" + DOB + "\",\"homePostcode\":\"" + LONG_POSTCODE + "\"}",
            "{\"dateOfBirth\":[\"" + DOB + "\"],\"surname\":1e308}"}) {
            assertThat(http.json("POST", Http.APP + "/api/children", "fostering", body).statusCode()).as(body).isLessThan(600);
        }
        Path base = Path.of(System.getProperty("it.server.base.dir"));
        try (Stream<Path> logs = Stream.of(base.resolve("log/server.log"), base.resolve("log/corporate-parenting.log"),
                base.resolve("data/corporate-parenting.trace.db"))) {
            logs.filter(Files::exists).forEach(log -> {
                String text = read(log);
                assertThat(text).as(log.toString()).doesNotContain(DOB, POSTCODE, LONG_POSTCODE, "ZQ98YX");
            });
        }
        assertThat(read(base.resolve("log/server.log"))).as("the log is being written").contains("WFLYSRV0025");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
