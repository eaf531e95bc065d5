package org.corporateparenting.report.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.corporateparenting.report.Format;
import org.corporateparenting.report.Styled;
import org.corporateparenting.report.chart.Sparkline;

/**
 * Prints how long the board pack takes to render and how much heap it holds, for a full pack (as many indicators,
 * areas and commentary paragraphs as the arguments say; the pack's size depends on the catalogue, not on the
 * number of children). Run: {@code mvn -q -pl app-reports exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.corporateparenting.report.pack.BoardPackBenchmark -Dexec.args="89 10"} (indicators, runs).
 */
public final class BoardPackBenchmark {

    private BoardPackBenchmark() {
    }

    public static void main(String[] args) {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 89;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        BoardPack pack = pack(indicators, new Random(7));
        for (Format format : Format.values()) {
            BoardPackReport.render(pack, format);
            long best = Long.MAX_VALUE;
            long total = 0;
            int bytes = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                bytes = BoardPackReport.render(pack, format).length;
                long took = System.nanoTime() - start;
                best = Math.min(best, took);
                total += took;
            }
            Runtime runtime = Runtime.getRuntime();
            long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            System.out.printf(Locale.UK, "%s: %d indicators, %,d bytes; best %d ms, mean %d ms over %d runs; heap in use %d MB%n",
                    format, indicators, bytes, best / 1_000_000, total / runs / 1_000_000, runs, heap);
        }
    }

    static BoardPack pack(int indicators, Random random) {
        List<String> areas = List.of("Profile", "Health", "Emotional wellbeing", "Safety", "Placements", "Education", "Permanence",
                "Sufficiency", "Adoption", "Care leavers", "Reviews and visits");
        List<BoardPack.AreaPage> pages = new ArrayList<>();
        List<BoardPack.AppendixLine> appendix = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            List<BoardPack.Line> lines = new ArrayList<>();
            for (int i = a; i < indicators; i += areas.size()) {
                List<BigDecimal> values = new ArrayList<>();
                for (int m = 0; m < 6; m++) {
                    values.add(BigDecimal.valueOf(60 + random.nextInt(400) / 10.0));
                }
                List<String> written = values.stream().map(v -> v + "%").toList();
                String title = "Indicator " + (i + 1) + " of the " + areas.get(a).toLowerCase(Locale.UK) + " area";
                lines.add(new BoardPack.Line(title, "Percentage · as at month end", "High", "71.0% (2024)", "69.5% (2024)", "75.0%",
                        written.get(5), written.get(4), written.get(0), "✓ Improved", Styled.status("On target", "circle"),
                        Sparkline.of(title, values), "Trend of " + title));
                appendix.add(new BoardPack.AppendixLine(areas.get(a), title, "Percentage", written));
            }
            pages.add(new BoardPack.AreaPage(areas.get(a), lines, null, List.of(new BoardPack.Comment(
                    "A paragraph of commentary on the month, as a head of service writes it. ".repeat(6), "Head of Service, 3 November 2026"))));
        }
        List<BoardPack.Tile> tiles = List.of(new BoardPack.Tile("Number of children in care", "412", "410", "398", "↑ Up"));
        List<BoardPack.Sentence> sentences = List.of(new BoardPack.Sentence("Children in care", "We have " + Styled.bold("412") + " children in care."));
        return new BoardPack("A council", "October 2026", "Figures taken from the case records.", "Counts from 1 to 5 are withheld.", tiles,
                sentences, pages, List.of("May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026"), appendix);
    }
}
