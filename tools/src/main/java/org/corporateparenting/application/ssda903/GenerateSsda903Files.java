package org.corporateparenting.application.ssda903;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.corporateparenting.application.demo.DemoCouncil;
import org.corporateparenting.application.demo.DemoCouncilGenerator;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.council.Council;

/**
 * Command line: generates synthetic councils and writes their SSDA903 returns, one folder per collection
 * year, without a database. Arguments: output folder, children, years of history, seed, councils (defaults 400,
 * 6, 20261123, 1). With more than one council each gets its own folder ({@code council-901/2024-25/...}), its own
 * local authority code from 901 and its own seed (the seed plus its number), so a region or the country can be made
 * at any size. Run with
 * {@code mvn -q -pl app-services exec:java -Dexec.args="target/903 1000 10 7"} (one council) or
 * {@code -Dexec.args="target/903 2000 10 7 20"} (twenty).
 */
public final class GenerateSsda903Files {

    private GenerateSsda903Files() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateSsda903Files OUTPUT_FOLDER [CHILDREN] [YEARS] [SEED] [COUNCILS]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int children = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261123L;
        int councils = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        if (councils == 1) {
            write(out, new Council("999", "Kestrel Vale Council (fictional)"), children, years, seed);
            return;
        }
        for (int n = 0; n < councils; n++) {
            String code = String.valueOf(901 + n);
            write(out.resolve("council-" + code), new Council(code, "Synthetic council " + code + " (fictional)"), children, years, seed + n);
        }
    }

    private static void write(Path out, Council target, int children, int years, long seed) throws IOException {
        LocalDate asAt = LocalDate.now();
        DemoCouncil council = DemoCouncilGenerator.generate(target, new DemoCouncilGenerator.Settings(seed, children, years, asAt));
        Ssda903Records records = Ssda903Export.recordsOf(council);
        for (CollectionYear year = CollectionYear.containing(asAt.minusYears(years - 1L));
                !year.start().isAfter(asAt); year = new CollectionYear(year.startYear() + 1)) {
            Path folder = Files.createDirectories(out.resolve(year.label()));
            for (Map.Entry<Ssda903File, String> file : Ssda903Writer.write(records, year).entrySet()) {
                Files.writeString(folder.resolve(file.getKey().fileName()), file.getValue(), StandardCharsets.UTF_8);
            }
            System.out.println("Wrote " + folder);
        }
    }
}
