package org.corporateparenting.application.ssda903;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.corporateparenting.domain.code.CollectionYear;
import org.corporateparenting.domain.shared.Role;
import org.corporateparenting.domain.shared.RuleViolation;

/**
 * Checks a ZIP of SSDA903 CSV files for a collection year with {@link Ssda903Check} and returns every
 * problem; nothing is stored. Performance analysts and administrators. Files in folders inside the ZIP
 * are read by their own name; files over 50 MB (unpacked) are refused.
 */
@Stateless
@RolesAllowed({Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR})
public class Ssda903CheckService {

    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    public List<ImportProblem> check(int startYear, byte[] zip) {
        CollectionYear year = new CollectionYear(startYear);
        if (year.compareTo(CollectionYear.FIRST) < 0) {
            throw RuleViolation.of("year", "Choose a collection year from " + CollectionYear.FIRST + ".");
        }
        return Ssda903Check.check(unzip(zip), year);
    }

    private static Map<String, String> unzip(byte[] zip) {
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
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                files.put(name, new String(content, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw RuleViolation.of("file", "The upload is not a readable ZIP file.");
        }
        if (files.isEmpty()) {
            throw RuleViolation.of("file", "The upload is not a ZIP of 903 CSV files.");
        }
        return files;
    }
}
