package org.corporateparenting.application.ssda903;

import java.util.List;

/**
 * A file of the 903 return as the tables it holds, with the problems found reading it: a CSV file is one table
 * ({@link CsvTable}), an XML return ({@link Ssda903Xml}) one table per CSV file of the return. Everything that reads the
 * files (the load's check and stitch, the DfE's rules) reads them through this, so that CSV and XML take one path.
 */
record Ssda903Tables(List<CsvTable> tables, List<ImportProblem> problems) {

    /** The tables of a file by its name and text: XML by its name ({@code .xml}), CSV otherwise. */
    static Ssda903Tables of(String fileName, String text) {
        if (Ssda903Xml.isXml(fileName)) {
            return Ssda903Xml.read(fileName, text);
        }
        return new Ssda903Tables(List.of(CsvTable.parse(fileName, text)), List.of());
    }
}
