package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corporateparenting.domain.code.CollectionYear;
import org.junit.jupiter.api.Test;

/** The report an analyst works from, as CSV and as a workbook: the DfE's rule codes and messages, and no formula anywhere. */
class ValidationReportTest {

    private static final CollectionYear YEAR = new CollectionYear(2025);

    /** A 2025-26 header with one child coded the old way (1, not M) and one whose ethnicity looks like a formula. */
    private static ValidationReport report() {
        return Ssda903Validation.files(YEAR, Map.of("header.csv", ReturnReaderTest.HEADER + "C1,1,01/02/2012,WBRI,,,\r\n"
                + "C2,F,03/04/2013,=1+2,,,\r\n"), Map.of("C1", 41L));
    }

    @Test
    void everyFailingRowHasTheRuleItsMessageFileRowChildFieldsAndValues() {
        ValidationReport report = report();
        assertThat(report.failures()).filteredOn(f -> f.code().equals("101")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("The child or young person’s reported sex is not valid.");
            assertThat(f.file()).isEqualTo("header.csv");
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.child()).isEqualTo("C1");
            assertThat(f.fields()).containsExactly("SEX");
            assertThat(f.values()).containsExactly("1");
            assertThat(f.record()).as("the child's record").isEqualTo(41L);
        });
        assertThat(report.rules()).filteredOn(r -> r.code().equals("101")).singleElement()
                .satisfies(r -> assertThat(r.rows() + "/" + r.children()).isEqualTo("1/1"));
        assertThat(report.children()).filteredOn(c -> c.child().equals("C1")).singleElement()
                .satisfies(c -> assertThat(c.codes()).contains("101"));
        assertThat(report.notRun()).as("the previous year was not given").isNotEmpty()
                .allSatisfy(n -> assertThat(n.reason()).startsWith("needs "));
        assertThat(report.passes()).isFalse();
    }

    @Test
    void theCsvHasOneLinePerFindingAndNoCellStartsAFormula() {
        String csv = report().csv();
        assertThat(csv).startsWith("STATUS,RULE,FILE,ROW,CHILD,FIELDS,VALUES,MESSAGE\r\n")
                .contains("\r\nFAIL,101,header.csv,2,C1,SEX,1,The child or young person’s reported sex is not valid.\r\n")
                .contains("\r\nWARNING,,header.csv,3,,ETHNIC,'=1+2,")
                .contains("\r\nNOT RUN,");
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(report().rulesCsv()).startsWith("RULE,ROWS,CHILDREN,MESSAGE\r\n").contains("\r\n101,1,1,");
        assertThat(report().childrenCsv()).startsWith("CHILD,ROWS,RULES\r\n").contains("\r\nC1,");
    }

    @Test
    void theWorkbookIsARealXlsxWithASheetPerPartAndOnlyTextAndNumbers() throws IOException {
        ValidationReport report = report();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ValidationWorkbook.of(report)))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).isEqualTo(ValidationWorkbook.sheets());
            Sheet failures = workbook.getSheet("Failures");
            assertThat(failures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rule");
            assertThat(failures.getLastRowNum()).isEqualTo(report.failures().size());
            Sheet problems = workbook.getSheet("File problems");
            assertThat(problems.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'=1+2");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(SpreadsheetText.formulaLike(cell.getStringCellValue())).as(cell.getStringCellValue()).isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void theUploadsPreviousYearFolderRunsTheRulesComparingTheTwoYears() {
        String header = ReturnReaderTest.HEADER + "C1,M,01/02/2012,WBRI,,,\r\n";
        ValidationReport alone = Ssda903Validation.files(YEAR, Map.of("2025-26/header.csv", header), Map.of());
        ValidationReport both = Ssda903Validation.files(YEAR, Map.of("2025-26/header.csv", header, "2024-25/header.csv",
                ReturnReaderTest.HEADER + "C1,F,01/02/2012,WBRI,,,\r\n"), Map.of());
        assertThat(alone.notRun()).extracting(ValidationReport.NotRun::code).contains("202");
        assertThat(both.notRun()).extracting(ValidationReport.NotRun::code).doesNotContain("202");
        assertThat(both.failures()).extracting(ValidationReport.Failure::code).as("sex differs from last year's").contains("202");
        ValidationReport other = Ssda903Validation.files(YEAR, Map.of("2021-22/header.csv", header), Map.of());
        assertThat(other.problems()).extracting(p -> p.severity() + " " + p.file())
                .contains("WARNING 2021-22/header.csv", "ERROR ");
    }
}
