package org.corporateparenting.report.pack;

import java.util.Map;
import org.corporateparenting.report.Document;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.ReportRenderer;

/** Renders a {@link BoardPack} with its templates: the pack and its parts (tiles, headlines, area table, commentary, appendix). */
public final class BoardPackReport {

    private static final String FOLDER = "org/corporateparenting/report/pack/";

    private BoardPackReport() {
    }

    public static byte[] render(BoardPack pack, Format format) {
        Map<String, Object> parameters = Map.ofEntries(
                Map.entry("Council", pack.council()),
                Map.entry("MonthLabel", pack.monthLabel()),
                Map.entry("Extract", pack.extract()),
                Map.entry("Disclosure", pack.disclosure()),
                Map.entry("Tiles", pack.tiles()),
                Map.entry("Headlines", pack.headlines()),
                Map.entry("AppendixMonths", pack.appendixMonths()),
                Map.entry("Appendix", pack.appendix()),
                Map.entry("Key", String.join("\n", pack.key())),
                Map.entry("TilesReport", ReportRenderer.template(FOLDER + "BoardPack_Tiles")),
                Map.entry("HeadlinesReport", ReportRenderer.template(FOLDER + "BoardPack_Headlines")),
                Map.entry("AreaReport", ReportRenderer.template(FOLDER + "BoardPack_Area")),
                Map.entry("CommentaryReport", ReportRenderer.template(FOLDER + "BoardPack_Commentary")),
                Map.entry("AppendixReport", ReportRenderer.template(FOLDER + "BoardPack_Appendix")));
        String title = "Corporate Parenting Board performance pack: " + pack.monthLabel();
        return ReportRenderer.render(ReportRenderer.template(FOLDER + "BoardPack"), parameters, pack.areas(), format,
                new Document(title, pack.council(), "Children in care and care leavers: monthly indicators"));
    }
}
