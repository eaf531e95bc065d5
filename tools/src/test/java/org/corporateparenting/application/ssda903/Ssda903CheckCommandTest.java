package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line check of a folder (CSV files, or the DfE's XML return beside or alone): the report's CSV on standard
 * output, and an exit status a pipeline can act on.
 */
class Ssda903CheckCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Ssda903CheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderWithFailuresPrintsTheCsvAndExitsWithOne() throws IOException {
        Path year = Files.createDirectories(folder.resolve("2025-26"));
        Files.writeString(year.resolve("header.csv"), ReturnReaderTest.HEADER + "C1,1,01/02/2012,WBRI,,,\r\n");
        assertThat(run(folder.toString())).as("the year from the latest year folder").isEqualTo(1);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("STATUS,RULE,FILE,ROW,CHILD,FIELDS,VALUES,MESSAGE\r\n").contains("\r\nFAIL,101,header.csv,2,C1,SEX,1,");
        assertThat(csv).isEqualTo(Ssda903Validation.files(new CollectionYear(2025),
                Map.of("2025-26/header.csv", ReturnReaderTest.HEADER + "C1,1,01/02/2012,WBRI,,,\r\n"), Map.of()).csv());
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("2025-26 (files, the DfE's 2025-26 rules)");
    }

    @Test
    void theYearMayBeGivenAndAFolderWithoutOneOrAMissingFolderExitsWithTwo() throws IOException {
        Files.writeString(folder.resolve("header.csv"), ReturnReaderTest.HEADER + "C1,2,01/02/2012,WBRI,,,\r\n");
        assertThat(run(folder.toString(), "2023-24")).isIn(0, 1);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("FAIL,101,");
        assertThat(run(folder.toString(), "2023-25")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'2023-25' is not a collection year");
        assertThat(run(folder.resolve("absent").toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void givenItsCouncilARegionalFolderIsCheckedForThatCouncilsRowsOnlyAsTheLoadReadsIt() throws IOException {
        Path year = Files.createDirectories(folder.resolve("2025-26"));
        Files.writeString(year.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,LA\r\nC1,M,01/02/2012,WBRI,,,,999\r\n"
                + "C1,F,03/04/2013,WBRI,,,,901\r\n");
        String everyone = check(folder.toString());
        assertThat(everyone).contains(",header.csv,3,C1,");
        String ours = check("--la", "999", folder.toString());
        assertThat(ours).doesNotContain(",header.csv,3,").contains("WARNING,,2025-26/header.csv,1,,LA,901,")
                .contains("neither loaded nor checked");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("files of LA 999; rows of other councils left out: 1");
        check("--la", "999", folder.toString(), "2024");
        assertThat(lastStatus).as("--la with the year after the folder").isIn(0, 1);
        check("--la", "902", folder.toString());
        assertThat(lastStatus).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("None of this file's rows is for this council (LA 902): they are for 901, 999");
        check(folder.toString(), "--la");
        assertThat(lastStatus).as("--la without its number").isEqualTo(2);
    }

    private String check(String... args) {
        out.reset();
        lastStatus = run(args);
        return out.toString(StandardCharsets.UTF_8);
    }

    private int lastStatus;

    private static Map<String, String> csv(Ssda903Records records) {
        Map<String, String> files = new LinkedHashMap<>();
        Ssda903Writer.write(records, new CollectionYear(2025)).forEach((file, text) -> files.put(file.fileName(), text));
        return files;
    }

    @Test
    void anXmlReturnIsCheckedAsTheCsvFilesItStandsForBesideThemOrAlone() throws IOException {
        Ssda903Records records = Ssda903Export.recordsOf(DemoCouncilGenerator.generate(new Council("999", "Test (fictional)"),
                new DemoCouncilGenerator.Settings(17, 60, 6, LocalDate.of(2026, 10, 31))));
        Path year = Files.createDirectories(folder.resolve("2025-26"));
        Files.writeString(year.resolve("return.xml"), Ssda903XmlWriter.xml(csv(records)));
        Path csvFolder = Files.createDirectories(folder.resolve("csv").resolve("2025-26"));
        for (Map.Entry<String, String> file : csv(records).entrySet()) {
            Files.writeString(csvFolder.resolve(file.getKey()), file.getValue());
        }

        String fromXml = check(year.toString());
        int status = lastStatus;
        String fromCsv = check(csvFolder.toString());
        assertThat(lastStatus).isEqualTo(status);
        assertThat(fromXml.lines().count()).isEqualTo(fromCsv.lines().count());
        assertThat(fromXml).doesNotContain("not part of the 903 return");

        Path alone = Files.writeString(folder.resolve("SSDA903_2025-26.xml"), Ssda903XmlWriter.xml(csv(records)));
        String fromFile = check(alone.toString());
        assertThat(lastStatus).as("one XML file, its year from its name").isEqualTo(status);
        assertThat(fromFile.lines().count()).isEqualTo(fromXml.lines().count());
        assertThat(fromFile).contains(",SSDA903_2025-26.xml#");

        Path noYear = Files.writeString(folder.resolve("return.xml"), "<EXPSSDA903/>");
        check(noYear.toString());
        assertThat(lastStatus).as("a lone XML file without a year in its name").isEqualTo(2);
        check(noYear.toString(), "2025");
        assertThat(lastStatus).isIn(0, 1);
    }
}
