package org.corporateparenting.application.ssda903;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The {@link ValidationReport} as an Excel workbook (.xlsx, Apache POI): a sheet of failing rows, one by rule, one by
 * child, the rules not run or not implemented, and the problems of layout, each with a bold, filterable header row.
 * Every cell is text or a whole number; text goes through {@link SpreadsheetText}, so no cell starts a formula. Written
 * by streaming (a few hundred rows in memory), so a large council's report does not fill the server's memory.
 */
public final class ValidationWorkbook {

    private ValidationWorkbook() {
    }

    public static byte[] of(ValidationReport report) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet failures = sheet(workbook, "Failures", bold, "Rule", "File", "Row", "Child", "Fields", "Values", "DfE message");
            int r = 1;
            for (ValidationReport.Failure f : report.failures()) {
                row(failures, r++, f.code(), f.file(), f.row(), f.child(), String.join(";", f.fields()), String.join(";", f.values()),
                        f.message());
            }
            Sheet rules = sheet(workbook, "By rule", bold, "Rule", "Rows", "Children", "DfE message");
            r = 1;
            for (ValidationReport.ByRule rule : report.rules()) {
                row(rules, r++, rule.code(), rule.rows(), rule.children(), rule.message());
            }
            Sheet children = sheet(workbook, "By child", bold, "Child", "Rows", "Rules");
            r = 1;
            for (ValidationReport.ByChild child : report.children()) {
                row(children, r++, child.child(), child.rows(), String.join(";", child.codes()));
            }
            Sheet notRun = sheet(workbook, "Not run", bold, "Rule", "Status", "Why", "DfE message");
            r = 1;
            for (ValidationReport.NotRun rule : report.notRun()) {
                row(notRun, r++, rule.code(), "not run", rule.reason(), rule.message());
            }
            for (String code : report.notImplemented()) {
                row(notRun, r++, code, "not implemented", "This system has no rule for this code of the DfE's " + report.list().label()
                        + " list.", "");
            }
            Sheet problems = sheet(workbook, "File problems", bold, "File", "Row", "Field", "Value", "Kind", "Reason");
            r = 1;
            for (ImportProblem p : report.problems()) {
                row(problems, r++, p.file(), p.row(), p.field(), p.value(), p.severity().name().toLowerCase(), p.reason());
            }
            Sheet about = workbook.createSheet("About");
            row(about, 0, "903 return " + report.year().label());
            row(about, 1, report.summary());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the workbook is already written or abandoned; its temporary files are gone with dispose()
            }
        }
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, CellStyle bold, String... headers) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(bold);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.length - 1));
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Sheet sheet, int number, Object... values) {
        Row row = sheet.createRow(number);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] instanceof Integer n) {
                cell.setCellValue(n);
            } else {
                cell.setCellValue(SpreadsheetText.safe(values[i] == null ? "" : values[i].toString()));
            }
        }
    }

    /** The sheets' names, in order. */
    public static List<String> sheets() {
        return List.of("Failures", "By rule", "By child", "Not run", "File problems", "About");
    }
}
