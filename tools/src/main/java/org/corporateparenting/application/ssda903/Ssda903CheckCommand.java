package org.corporateparenting.application.ssda903;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corporateparenting.domain.code.CollectionYear;

/**
 * Command line, no server: checks a folder of 903 CSV files, or of the DfE's XML return ({@link Ssda903Xml}), or one
 * XML return given as a file (its year from YEAR or a label in its name, such as SSDA903_2025-26.xml), by the DfE's rules for a collection year
 * ({@link Ssda903Validation}) and prints the report as CSV ({@link ValidationReport#csv()}) on standard output, its
 * one-line summary on standard error. The folder holds the year's files, or a folder per year (2024-25/, 2025-26/, ...),
 * in which case the year's folder is checked with the previous year's beside it. YEAR is the collection year's first
 * year (2025 for 2025-26) or its label; without it, the folder's own name or its latest year folder gives the year.
 * With {@code --la CODE} (the council's LA number) a regional file set with an LA column is checked for that council only,
 * other councils' rows left out and counted as the load leaves them out ({@link CouncilRows}); without it every row is checked.
 * Exit status: 0 when the return passes, 1 when a rule fails or a file has an error of layout, 2 when the folder or year
 * cannot be read. Run with {@code scripts/check-903.sh FOLDER [YEAR]}.
 */
public final class Ssda903CheckCommand {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private Ssda903CheckCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the check; the exit status. */
    static int run(String[] words, PrintStream out, PrintStream err) {
        java.util.List<String> positional = new java.util.ArrayList<>(java.util.List.of(words));
        String laCode = null;
        int la = positional.indexOf("--la");
        if (la >= 0 && la + 1 < positional.size()) {
            laCode = positional.remove(la + 1);
            positional.remove(la);
        }
        String[] args = positional.toArray(String[]::new);
        if (args.length < 1 || args.length > 2 || la >= 0 && laCode == null || laCode != null && !laCode.matches("\\d{3}")) {
            err.println("usage: check-903.sh [--la CODE] FOLDER|FILE.xml [YEAR]   (YEAR: 2025 or 2025-26; CODE: the council's LA number, "
                    + "to check its rows only of files with an LA column)");
            return 2;
        }
        Path folder = Path.of(args[0]);
        boolean oneXml = Files.isRegularFile(folder) && Ssda903Xml.isXml(folder.getFileName().toString());
        if (!Files.isDirectory(folder) && !oneXml) {
            err.println(folder + " is neither a folder of 903 CSV or XML files nor an XML return.");
            return 2;
        }
        try {
            Optional<CollectionYear> given = args.length > 1 ? year(args[1]) : Optional.empty();
            if (args.length > 1 && given.isEmpty()) {
                err.println("'" + args[1] + "' is not a collection year: give its first year (2025) or its label (2025-26).");
                return 2;
            }
            Map<String, String> files = oneXml ? Map.of(folder.getFileName().toString(), readFile(folder)) : read(folder);
            Optional<CollectionYear> year = given.or(() -> oneXml ? yearIn(folder.getFileName().toString()) : yearOf(folder, files));
            if (year.isEmpty()) {
                err.println("Say which collection year " + folder + " holds: check-903.sh " + (oneXml ? "FILE.xml" : "FOLDER")
                        + " 2025 (for 2025-26).");
                return 2;
            }
            ValidationReport report = Ssda903Validation.files(year.get(), files, Map.of(), laCode);
            out.print(report.csv());
            out.flush();
            err.println(report.summary());
            return report.passes() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println((oneXml ? "The file" : "The folder") + " cannot be read: " + e.getMessage());
            return 2;
        }
    }

    /** The CSV and XML files of the folder, and of its year folders, by path inside it ("2024-25/episodes.csv"). */
    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(folder, 2)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv")
                    || Ssda903Xml.isXml(p.getFileName().toString()))
                    .sorted().toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                files.put(relative, readFile(path));
            }
        }
        return files;
    }

    private static String readFile(Path path) throws IOException {
        if (Files.size(path) > MAX_FILE_BYTES) {
            throw new IOException(path + " is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB.");
        }
        return Ssda903Text.of(path.getFileName().toString(), Files.readAllBytes(path));
    }

    /** The collection year a file's name gives by its label (SSDA903_2025-26.xml), if any. */
    private static Optional<CollectionYear> yearIn(String name) {
        Matcher m = Pattern.compile("(?<!\\d)(20\\d{2}-\\d{2})(?!\\d)").matcher(name);
        return m.find() ? year(m.group(1)) : Optional.empty();
    }

    /** The year of the folder's own name, or of its latest year folder. */
    private static Optional<CollectionYear> yearOf(Path folder, Map<String, String> files) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        Optional<CollectionYear> own = name == null ? Optional.empty() : year(name.toString());
        if (own.isPresent()) {
            return own;
        }
        return files.keySet().stream().filter(p -> p.contains("/")).map(p -> year(p.substring(0, p.indexOf('/'))))
                .flatMap(Optional::stream).max(CollectionYear::compareTo);
    }

    static Optional<CollectionYear> year(String text) {
        Matcher m = YEAR.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) != null && (start + 1) % 100 != Integer.parseInt(m.group(2)) || start < CollectionYear.FIRST.startYear()) {
            return Optional.empty();
        }
        return Optional.of(new CollectionYear(start));
    }
}
