package org.corporateparenting.application.ssda903;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * Reads an upload of 903 files: a ZIP whose files (CSV, or the DfE's XML return, {@link Ssda903Xml}) are read as UTF-8 by
 * their path inside it, or one XML return uploaded on its own (read as {@value #LONE_XML}). Anything else is refused, and so is a ZIP that unpacks beyond its {@link Limits} (number of entries, size of one file,
 * total unpacked), checked while unpacking so that a small ZIP of huge files never fills the server's memory. For a
 * load of several years, each year's files are in a folder named after its collection year
 * ({@code 2023-24/episodes.csv}, or {@code 2023/episodes.csv}).
 */
final class Ssda903Zip {

    private static final long MB = 1024L * 1024;
    /** The name an XML return uploaded on its own (not in a ZIP) is read and reported under. */
    static final String LONE_XML = "upload.xml";
    /** A file in a council's folder: the folder (council-901, or 901) and the council's LA number, above a year's folder. */
    private static final Pattern COUNCIL_FOLDER = Pattern.compile("(?:[^/]*/)*?((?:council[-_ ]?)?(\\d{3}))/\\d{4}(?:-\\d{2})?/[^/]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_FOLDER = Pattern.compile("(?:.*/)?(\\d{4})(?:-(\\d{2}))?/([^/]+)");

    private Ssda903Zip() {
    }

    /**
     * How far an upload may unpack: entries in the ZIP (folders included), megabytes of one file, megabytes in all. The
     * defaults hold a 100,000-child council's ten years of files (about 1.8 million rows, some 150 MB) with room to
     * spare; a council sets {@code care.ssda903.max-entries}, {@code care.ssda903.max-file-mb} and
     * {@code care.ssda903.max-unpacked-mb} to change them.
     */
    record Limits(int entries, long fileMb, long unpackedMb) {

        static final Limits DEFAULT = new Limits(500, 50, 400);

        /** The limits the server is configured with, or the defaults where a setting is absent. */
        static Limits configured() {
            try {
                org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
                return new Limits(config.getOptionalValue("care.ssda903.max-entries", Integer.class).orElse(DEFAULT.entries),
                        config.getOptionalValue("care.ssda903.max-file-mb", Long.class).orElse(DEFAULT.fileMb),
                        config.getOptionalValue("care.ssda903.max-unpacked-mb", Long.class).orElse(DEFAULT.unpackedMb));
            } catch (IllegalStateException noConfiguration) {
                return DEFAULT;
            }
        }
    }

    /** Every file by its path inside the ZIP, within the configured limits. */
    static Map<String, String> files(byte[] zip) {
        return files(zip, Limits.configured());
    }

    /** Every file by its path inside the ZIP, within the given limits. */
    static Map<String, String> files(byte[] zip, Limits limits) {
        if (xml(zip)) {
            if (zip.length > limits.fileMb() * MB) {
                throw RuleViolation.of("file", "The XML file is larger than " + limits.fileMb() + " MB (care.ssda903.max-file-mb).");
            }
            return Map.of(LONE_XML, Ssda903Text.of(LONE_XML, zip));
        }
        Map<String, String> files = new LinkedHashMap<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.entries()) {
                    throw RuleViolation.of("file", "The upload has more than " + limits.entries() + " files and folders; "
                            + "upload at most " + limits.entries() + " (care.ssda903.max-entries).");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                long room = Math.min(limits.fileMb() * MB, limits.unpackedMb() * MB - unpacked);
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
                if (content.length > limits.fileMb() * MB) {
                    throw RuleViolation.of("file", entry.getName() + " is larger than " + limits.fileMb() + " MB unpacked "
                            + "(care.ssda903.max-file-mb).");
                }
                unpacked += content.length;
                if (unpacked > limits.unpackedMb() * MB) {
                    throw RuleViolation.of("file", "The upload unpacks to more than " + limits.unpackedMb() + " MB (at "
                            + entry.getName() + "); upload fewer years at a time (care.ssda903.max-unpacked-mb).");
                }
                files.put(entry.getName(), Ssda903Text.of(entry.getName(), content));
            }
        } catch (IOException e) {
            throw RuleViolation.of("file", "The upload is neither a readable ZIP file nor an XML document.");
        }
        if (files.isEmpty()) {
            throw RuleViolation.of("file", "The upload is not a ZIP of 903 CSV or XML files.");
        }
        return files;
    }

    /** Whether the upload is an XML document (its first character '<', after a byte order mark and spaces), not a ZIP. */
    static boolean xml(byte[] upload) {
        int i = upload.length >= 3 && (upload[0] & 0xFF) == 0xEF && (upload[1] & 0xFF) == 0xBB && (upload[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < upload.length && (upload[i] == ' ' || upload[i] == '\t' || upload[i] == '\r' || upload[i] == '\n')) {
            i++;
        }
        return i < upload.length && upload[i] == '<';
    }

    /** A single year's files, by file name (folders ignored). */
    static Map<String, String> flat(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        files(zip).forEach((path, text) -> files.put(path.substring(path.lastIndexOf('/') + 1), text));
        return files;
    }

    /** Several years' files: by collection year, then file name; a file outside a year's folder is refused. */
    static Map<CollectionYear, Map<String, String>> byYear(byte[] zip) {
        return byYear(zip, null);
    }

    /**
     * As {@link #byYear(byte[])}; an XML return uploaded on its own is the return of {@code startYear}'s collection year
     * (refused without it, since the XML does not say its year).
     */
    static Map<CollectionYear, Map<String, String>> byYear(byte[] zip, Integer startYear) {
        return byYear(files(zip), startYear);
    }

    /**
     * As {@link #byYear(byte[], Integer)}, for a load into the council of LA number {@code laCode}: a file set with one
     * folder per council, each named after its LA number ({@code council-901/2024-25/episodes.csv}, or {@code 901/...}
     * when there are several), loads this council's folder only; each file of another council's folder is named in
     * {@code notLoaded} (a warning: a user loads into their own council only) and not read. A single folder named with
     * digits ({@code 903/2024-25/...}) is an ordinary folder, not a council's.
     */
    static Map<CollectionYear, Map<String, String>> byYear(byte[] zip, Integer startYear, String laCode, List<ImportProblem> notLoaded) {
        return byYear(councilsOwn(files(zip), laCode, notLoaded), startYear);
    }

    /**
     * The files of a file set that are the council's own, by the folder rule of {@link #byYear(byte[], Integer, String, List)}:
     * every file when the set has no council folders; otherwise this council's folder, with the folder taken off the
     * paths, each file of another council's folder named in {@code notRead}. The load and the check both read through it.
     */
    static Map<String, String> councilsOwn(Map<String, String> files, String laCode, List<ImportProblem> notRead) {
        Map<String, String> councilOf = new LinkedHashMap<>();
        Map<String, String> inFolder = new LinkedHashMap<>();
        Set<String> folders = new TreeSet<>();
        files.keySet().forEach(path -> {
            Matcher m = COUNCIL_FOLDER.matcher(path);
            if (m.matches()) {
                councilOf.put(path, m.group(2));
                inFolder.put(path, path.substring(m.end(1) + 1));
                folders.add(m.group(1));
            }
        });
        boolean byCouncil = folders.size() > 1 || folders.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).startsWith("council"));
        if (!byCouncil) {
            return files;
        }
        Map<String, String> ours = new LinkedHashMap<>();
        files.forEach((path, text) -> {
            String council = councilOf.get(path);
            if (council == null || council.equals(laCode)) {
                ours.put(council == null ? path : inFolder.get(path), text);
            } else {
                notRead.add(new ImportProblem(path, 0, "", council, "This file is in council " + council + "'s folder, not this "
                        + "council's (LA " + laCode + "), so it is not loaded or checked: a user loads into their own council only.",
                        ImportProblem.Severity.WARNING));
            }
        });
        if (ours.isEmpty()) {
            throw RuleViolation.of("file", "No folder of this upload is this council's (LA " + laCode + "): its folders are for "
                    + String.join(", ", new TreeSet<>(councilOf.values())) + ". A user loads into their own council only.");
        }
        return ours;
    }

    private static Map<CollectionYear, Map<String, String>> byYear(Map<String, String> files, Integer startYear) {
        Map<CollectionYear, Map<String, String>> years = new TreeMap<>();
        Map<String, String> seen = new HashMap<>();
        files.forEach((path, text) -> {
            Matcher m = YEAR_FOLDER.matcher(path);
            if (path.equals(LONE_XML)) {
                if (startYear == null) {
                    throw RuleViolation.of("file", "An XML return uploaded on its own needs its collection year to be loaded: give it "
                            + "(year=2024 for 2024-25), or put it in a ZIP, in a folder named after its year (2024-25/return.xml).");
                }
                years.put(new CollectionYear(startYear), new LinkedHashMap<>(Map.of(LONE_XML, text)));
                return;
            }
            if (!m.matches() || m.group(2) != null && (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
                throw RuleViolation.of("file", path + " is not in a folder named after its collection year (for example 2024-25/"
                        + path.substring(path.lastIndexOf('/') + 1) + ").");
            }
            CollectionYear year = new CollectionYear(Integer.parseInt(m.group(1)));
            String earlier = seen.put(year.label() + "/" + m.group(3), path);
            if (earlier != null) {
                throw RuleViolation.of("file", earlier + " and " + path + " are both " + year.label() + "'s " + m.group(3) + ": upload "
                        + "one folder per collection year, or one folder per council named after its LA number (council-901/"
                        + year.label() + "/" + m.group(3) + ").");
            }
            years.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(m.group(3), text);
        });
        return years;
    }
}
