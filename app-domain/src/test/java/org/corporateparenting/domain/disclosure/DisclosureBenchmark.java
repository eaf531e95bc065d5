package org.corporateparenting.domain.disclosure;

import java.util.Random;

/**
 * Benchmark (not a test): secondary suppression and the recovery check over a month of the board (90 indicators in
 * 11 areas, each area a table of its counts and their total, with stock and flow) and a year of annual reports (six
 * reports of ten tables of up to twelve lines, two years each, every line with a share of its own denominator), on
 * synthetic figures with many small counts; prints the time of each, best of {@code runs}. Run with
 * {@code mvn -q -pl app-domain exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.corporateparenting.domain.disclosure.DisclosureBenchmark -Dexec.args="20"}.
 */
public final class DisclosureBenchmark {

    private DisclosureBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length == 0 ? 20 : Integer.parseInt(args[0]);
        DisclosureRule rule = new DisclosureRule(5);
        Random random = new Random(19);
        long bestMonth = Long.MAX_VALUE;
        long bestYear = Long.MAX_VALUE;
        long bestPeriod = Long.MAX_VALUE;
        int periodCells = 0;
        int withheld = 0;
        int exposed = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (int area = 0; area < 11; area++) {
                Protection p = rule.protect(table(random, 9, false));
                withheld += count(p);
                exposed += p.exposed().size();
            }
            LinkedFigures flows = new LinkedFigures();
            int last = flows.fixed("last month", 137);
            int in = flows.count("started", 8);
            int out = flows.count("ceased", 1);
            int now = flows.fixed("now", 144);
            flows.balance(new int[] {last, in}, new int[] {now, out});
            rule.protect(flows);
            bestMonth = Math.min(bestMonth, System.nanoTime() - start);
            start = System.nanoTime();
            for (int report = 0; report < 6; report++) {
                for (int table = 0; table < 10; table++) {
                    for (int year = 0; year < 2; year++) {
                        Protection p = rule.protect(table(random, 2 + random.nextInt(11), true));
                        withheld += count(p);
                        exposed += p.exposed().size();
                    }
                }
            }
            bestYear = Math.min(bestYear, System.nanoTime() - start);
            start = System.nanoTime();
            Protection together = period(random).protect(rule);
            bestPeriod = Math.min(bestPeriod, System.nanoTime() - start);
            periodCells = together.marks().length;
            withheld += count(together);
            exposed += together.exposed().size();
        }
        System.out.printf("Disclosure control, best of %d runs (threshold 5, synthetic figures, a quarter of counts 0 to 5):%n", runs);
        System.out.printf("  a board month (90 indicators, 11 areas, stock and flow): %.2f ms%n", bestMonth / 1e6);
        System.out.printf("  a year of annual reports (6 reports x 10 tables x 2 years): %.2f ms%n", bestYear / 1e6);
        System.out.printf("  the same year disclosed together (%d figures: the reports' tables in one system, a tenth of lines printed by two "
                + "reports, a fifth published by the board, an agency of 3 councils summed line by line): %.2f ms%n", periodCells, bestPeriod / 1e6);
        System.out.printf("  cells withheld over all runs: %d; withheld cells left recoverable: %d%n", withheld, exposed);
    }

    private static LinkedFigures table(Random random, int lines, boolean shares) {
        LinkedFigures f = new LinkedFigures();
        int[] cells = new int[lines];
        long total = 0;
        for (int i = 0; i < lines; i++) {
            long v = random.nextInt(4) == 0 ? random.nextInt(6) : 6 + random.nextInt(60);
            total += v;
            cells[i] = f.count("line " + i, v);
            if (shares) {
                long of = v + (random.nextBoolean() ? random.nextInt(6) : random.nextInt(40));
                f.share(cells[i], of <= 5 ? f.implied("of line " + i, of) : f.fixed("of line " + i, of));
            }
        }
        f.sum(f.count("total", total), cells);
        return f;
    }

    /** Six reports of ten tables, two years each, and an agency's ten tables adding up three councils', as one period. */
    private static PeriodFigures period(Random random) {
        PeriodFigures period = new PeriodFigures();
        for (int report = 0; report < 6; report++) {
            for (int table = 0; table < 10; table++) {
                for (int year = 0; year < 2; year++) {
                    int lines = 2 + random.nextInt(11);
                    int[] cells = new int[lines];
                    long total = 0;
                    for (int i = 0; i < lines; i++) {
                        long v = random.nextInt(4) == 0 ? random.nextInt(6) : 6 + random.nextInt(60);
                        int kind = random.nextInt(10);
                        String id = kind == 0 ? "shared/" + table + "/" + i + "@" + year : "r" + report + "/" + table + "/" + i + "@" + year;
                        cells[i] = kind < 2 ? period.published("kpi/" + report + "/" + table + "/" + i + "@" + year, id,
                                v, v >= 1 && v <= 5 ? Mark.SMALL : Mark.SHOWN) : period.count(id, id, v);
                        total += period.value(cells[i]);
                    }
                    period.sum(period.count("r" + report + "/" + table + "/total@" + year, "total", total), cells);
                }
            }
        }
        for (int table = 0; table < 10; table++) {
            for (int line = 0; line < 8; line++) {
                int[] councils = new int[3];
                long sum = 0;
                for (int c = 0; c < 3; c++) {
                    long v = random.nextInt(3) == 0 ? random.nextInt(6) : 6 + random.nextInt(30);
                    councils[c] = period.count("council" + c + "/" + table + "/" + line, "council line", v);
                    sum += v;
                }
                period.sum(period.count("agency/" + table + "/" + line, "agency line", sum), councils);
            }
        }
        return period;
    }

    private static int count(Protection p) {
        int n = 0;
        for (Mark m : p.marks()) {
            n += m.withheld() ? 1 : 0;
        }
        return n;
    }
}
