package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;
import org.corporateparenting.domain.ssda903.ReferenceData;
import org.corporateparenting.domain.ssda903.ReturnRow;
import org.corporateparenting.domain.ssda903.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DfE's XML return read as the CSV files it stands for: the same rows, the same check, and clear refusals. */
class Ssda903XmlTest {

    private static final CollectionYear YEAR = new CollectionYear(2025);
    private static final CollectionYear BEFORE = new CollectionYear(2024);

    @TempDir
    Path folder;

    /** A synthetic council's files for a year, by CSV file name. */
    private static Map<String, String> csv(Ssda903Records records, CollectionYear year) {
        Map<String, String> files = new LinkedHashMap<>();
        Ssda903Writer.write(records, year).forEach((file, text) -> files.put(file.fileName(), text));
        return files;
    }

    private static Ssda903Records council(int children) {
        return Ssda903Export.recordsOf(DemoCouncilGenerator.generate(new Council("999", "Test (fictional)"),
                new DemoCouncilGenerator.Settings(17, children, 6, LocalDate.of(2026, 10, 31))));
    }

    /** Every row of every table, values only (row numbers are lines in XML, rows in CSV). */
    private static Map<Table, List<Map<String, String>>> rows(ReturnReader.Read read, boolean lastYear) {
        Map<Table, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            List<Map<String, String>> values = new ArrayList<>();
            for (ReturnRow row : lastYear ? read.files().last(table) : read.files().rows(table)) {
                values.add(row.values());
            }
            rows.put(table, values);
        }
        return rows;
    }

    /** A report's failures without their file and row, which differ between the two forms by design. */
    private static List<String> failures(ValidationReport report) {
        return report.failures().stream().map(f -> f.code() + " " + f.child() + " " + f.fields() + " " + f.values()).sorted().toList();
    }

    @Test
    void anXmlReturnGivesTheSameRowsAndTheSameCheckAsItsCsvFiles() {
        Ssda903Records records = council(250);
        Map<String, String> now = csv(records, YEAR);
        Map<String, String> before = csv(records, BEFORE);
        String xml = Ssda903XmlWriter.xml(now);
        String lastXml = Ssda903XmlWriter.xml(before);

        ReturnReader.Read fromCsv = ReturnReader.read(YEAR, now, before, ReferenceData.NONE);
        ReturnReader.Read fromXml = ReturnReader.read(YEAR, Map.of("return.xml", xml), Map.of("return.xml", lastXml), ReferenceData.NONE);
        assertThat(fromXml.problems()).isEmpty();
        assertThat(rows(fromXml, false)).isEqualTo(rows(fromCsv, false));
        assertThat(rows(fromXml, true)).isEqualTo(rows(fromCsv, true));
        assertThat(fromCsv.files().rows(Table.EPISODES)).hasSizeGreaterThan(100);
        assertThat(fromCsv.files().rows(Table.REVIEWS)).isNotEmpty();

        Map<String, String> csvPaths = new LinkedHashMap<>();
        now.forEach((name, text) -> csvPaths.put("2025-26/" + name, text));
        before.forEach((name, text) -> csvPaths.put("2024-25/" + name, text));
        ValidationReport csvReport = Ssda903Validation.files(YEAR, csvPaths, Map.of());
        ValidationReport xmlReport = Ssda903Validation.files(YEAR, Map.of("2025-26/return.xml", xml, "2024-25/return.xml", lastXml), Map.of());
        assertThat(failures(xmlReport)).isEqualTo(failures(csvReport));
        assertThat(xmlReport.ran()).isEqualTo(csvReport.ran());
        assertThat(xmlReport.notRun()).isEqualTo(csvReport.notRun());
        assertThat(xmlReport.problems()).isEqualTo(csvReport.problems());
        assertThat(xmlReport.summary()).startsWith("2025-26 (files; an XML file's rows are the lines of their elements, the DfE's");
        assertThat(csvReport.summary()).startsWith("2025-26 (files, the DfE's");
        assertThat(xmlReport.failures()).as("a failure names the XML file's table; its row is the element's line")
                .allSatisfy(f -> assertThat(f.file()).startsWith("return.xml#"));
        if (!xmlReport.failures().isEmpty()) {
            ValidationReport.Failure first = xmlReport.failures().get(0);
            String line = xml.lines().skip(first.row() - 1).findFirst().orElseThrow();
            assertThat(line).as("line " + first.row() + " of the XML starts the failing row's element").startsWith("<");
        }
    }

    @Test
    void theLoadChecksAndStitchesAnXmlReturnAsItsCsvFiles() {
        Ssda903Records records = council(120);
        Map<String, String> now = csv(records, YEAR);
        Map<String, String> xml = Map.of("return.xml", Ssda903XmlWriter.xml(now));
        assertThat(Ssda903Check.check(xml, YEAR)).isEqualTo(Ssda903Check.check(now, YEAR)).isEmpty();
        Ssda903Stitch.Stitched fromCsv = Ssda903Stitch.stitch(Map.of(YEAR, now), new HashSet<>());
        Ssda903Stitch.Stitched fromXml = Ssda903Stitch.stitch(Map.of(YEAR, xml), new HashSet<>());
        assertThat(fromXml.children().keySet()).isEqualTo(fromCsv.children().keySet()).isNotEmpty();
        assertThat(fromXml.episodes().values().stream().mapToInt(List::size).sum())
                .isEqualTo(fromCsv.episodes().values().stream().mapToInt(List::size).sum());
        assertThat(fromXml.reviews()).hasSameSizeAs(fromCsv.reviews());
        assertThat(fromXml.problems()).extracting(p -> p.field() + " " + p.value() + " " + p.reason())
                .isEqualTo(fromCsv.problems().stream().map(p -> p.field() + " " + p.value() + " " + p.reason()).toList());
        assertThat(fromXml.problems()).allSatisfy(p -> assertThat(p.file()).startsWith("2025-26/return.xml#"));
    }

    @Test
    void rowsAreNumberedByTheLineOfTheirElementAndTheHeaderFillsTheRecordsChildAndDob() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <EXPSSDA903>
                  <CHILD>
                    <HEADER>
                      <CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/02/2012</DOB><ETHNIC>WBRI</ETHNIC><UPN/><MOTHER/><MC_DOB/>
                      <UASC>1</UASC><DUC>01/02/2030</DUC>
                      <AREVIEW><REVIEW>03/06/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
                    </HEADER>
                    <EPISODES>
                      <EPISODE>
                        <DECOM>01/05/2025</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER>
                      </EPISODE>
                    </EPISODES>
                  </CHILD>
                </EXPSSDA903>
                """;
        ReturnReader.Read read = ReturnReader.read(YEAR, Map.of("return.xml", xml), null, ReferenceData.NONE);
        assertThat(read.problems()).isEmpty();
        ReturnRow episode = read.files().rows(Table.EPISODES).get(0);
        assertThat(episode.row()).isEqualTo(10);
        assertThat(episode.get("PLACE")).isEqualTo("U4");
        assertThat(episode.child()).isEqualTo("C1");
        assertThat(episode.values()).containsEntry("DEC", "").containsKey("URN");
        ReturnRow review = read.files().rows(Table.REVIEWS).get(0);
        assertThat(review.row()).isEqualTo(7);
        assertThat(review.get("DOB")).isEqualTo("01/02/2012");
        assertThat(read.files().rows(Table.UASC)).singleElement().satisfies(u -> {
            assertThat(u.get("DUC")).isEqualTo("01/02/2030");
            assertThat(u.get("SEX")).isEqualTo("1");
            assertThat(u.row()).isEqualTo(6);
        });
        assertThat(read.files().rows(Table.HEADER)).singleElement().satisfies(h -> assertThat(h.row()).isEqualTo(4));
        assertThat(read.files().supplied(Table.OC2)).as("an XML return supplies every table of its layout").isTrue();
        assertThat(read.files().rows(Table.OC3)).isEmpty();
        assertThat(read.xmlTables()).containsEntry(Table.EPISODES, "return.xml#episodes.csv");
    }

    @Test
    void aMalformedDocumentIsAnErrorNamingTheFileLineAndColumnAndNothingOfItIsRead() {
        String xml = "<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>C1</CHILDID></HEADR>\n</CHILD>\n</EXPSSDA903>\n";
        ValidationReport report = Ssda903Validation.files(YEAR, Map.of("return.xml", xml), Map.of());
        assertThat(report.passes()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(p.file()).isEqualTo("return.xml");
            assertThat(p.reason()).contains("not well-formed XML at line 3, column").contains("nothing in it is read");
        });
        assertThat(report.failures()).isEmpty();
        assertThat(Ssda903Check.check(Map.of("return.xml", xml), YEAR)).singleElement()
                .satisfies(p -> assertThat(p.row()).as("row 0: the whole file is left out of a load").isZero());
        assertThat(Ssda903Check.check(Map.of("return.xml", "<EXPSSDA903><CHILD>"), YEAR)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("line 1"));
    }

    @Test
    void aDoctypeAndSoAnyExternalEntityIsRefusedAndNeverRead() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<EXPSSDA903><CHILD><HEADER><CHILDID>&x;</CHILDID></HEADER></CHILD></EXPSSDA903>\n";
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                + "<EXPSSDA903><CHILD><HEADER><CHILDID>&b;</CHILDID></HEADER></CHILD></EXPSSDA903>\n";
        for (String xml : List.of(xxe, laughs)) {
            ReturnReader.Read read = ReturnReader.read(YEAR, Map.of("return.xml", xml), null, ReferenceData.NONE);
            assertThat(read.files().rows(Table.HEADER)).isEmpty();
            assertThat(read.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(ImportProblem.Severity.ERROR);
                assertThat(p.reason()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
            });
        }
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 SYSTEM \"" + secret.toUri() + "\">\n<EXPSSDA903/>\n";
        assertThat(ReturnReader.read(YEAR, Map.of("return.xml", external), null, ReferenceData.NONE).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("DOCTYPE"));
    }

    @Test
    void anUnknownElementIsNamedWithItsLineAndAnotherRootIsRefused() {
        String xml = """
                <EXPSSDA903>
                <CHILD>
                <HEADER><CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/02/2012</DOB><ETHNIC>WBRI</ETHNIC>
                <SHOE_SIZE>5</SHOE_SIZE>
                </HEADER>
                <PETS><PET>cat</PET></PETS>
                <EPISODE><DECOM>01/05/2025</DECOM><COLOUR>red</COLOUR></EPISODE>
                </CHILD>
                </EXPSSDA903>
                """;
        ReturnReader.Read read = ReturnReader.read(YEAR, Map.of("return.xml", xml), null, ReferenceData.NONE);
        assertThat(read.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.severity()).containsExactlyInAnyOrder(
                "4 SHOE_SIZE WARNING", "6 PETS WARNING", "7 COLOUR WARNING");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.reason()).contains("is not part of the 903 XML layout, so it is not read"));
        assertThat(read.files().rows(Table.EPISODES)).singleElement().satisfies(e -> assertThat(e.values()).doesNotContainKey("COLOUR"));
        assertThat(ReturnReader.read(YEAR, Map.of("return.xml", "<CIN><CHILD/></CIN>"), null, ReferenceData.NONE).problems())
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("root element is CIN, not EXPSSDA903"));
    }

    @Test
    void anXmlReturnIsReadOnItsOwnOrInAZip() {
        byte[] xml = "\uFEFF<EXPSSDA903/>".getBytes(StandardCharsets.UTF_8);
        assertThat(Ssda903Zip.files(xml)).containsOnlyKeys(Ssda903Zip.LONE_XML);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ssda903Zip.byYear(xml)).hasMessageContaining("needs its collection year");
        assertThat(Ssda903Zip.byYear(xml, 2024)).containsOnlyKeys(BEFORE).hasEntrySatisfying(BEFORE,
                files -> assertThat(files).containsOnlyKeys(Ssda903Zip.LONE_XML));
    }
}
