package org.corporateparenting.application.ssda903;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * Reads an upload of 903 CSV files: a ZIP whose files are read as UTF-8 by their path inside it. Files over 50 MB
 * (unpacked) are refused, as is anything that is not a ZIP of files. For a load of several years, each year's files are
 * in a folder named after its collection year ({@code 2023-24/episodes.csv}, or {@code 2023/episodes.csv}).
 */
final class Ssda903Zip {

    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final Pattern YEAR_FOLDER = Pattern.compile("(?:.*/)?(\\d{4})(?:-(\\d{2}))?/([^/]+)");

    private Ssda903Zip() {
    }

    /** Every file by its path inside the ZIP. */
    static Map<String, String> files(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (content.length > MAX_FILE_BYTES) {
                    throw RuleViolation.of("file", entry.getName() + " is larger than 50 MB.");
                }
                files.put(entry.getName(), new String(content, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw RuleViolation.of("file", "The upload is not a readable ZIP file.");
        }
        if (files.isEmpty()) {
            throw RuleViolation.of("file", "The upload is not a ZIP of 903 CSV files.");
        }
        return files;
    }

    /** A single year's files, by file name (folders ignored). */
    static Map<String, String> flat(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        files(zip).forEach((path, text) -> files.put(path.substring(path.lastIndexOf('/') + 1), text));
        return files;
    }

    /** Several years' files: by collection year, then file name; a file outside a year's folder is refused. */
    static Map<CollectionYear, Map<String, String>> byYear(byte[] zip) {
        Map<CollectionYear, Map<String, String>> years = new TreeMap<>();
        files(zip).forEach((path, text) -> {
            Matcher m = YEAR_FOLDER.matcher(path);
            if (!m.matches() || m.group(2) != null && (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
                throw RuleViolation.of("file", path + " is not in a folder named after its collection year (for example 2024-25/"
                        + path.substring(path.lastIndexOf('/') + 1) + ").");
            }
            years.computeIfAbsent(new CollectionYear(Integer.parseInt(m.group(1))), y -> new LinkedHashMap<>()).put(m.group(3), text);
        });
        return years;
    }
}
