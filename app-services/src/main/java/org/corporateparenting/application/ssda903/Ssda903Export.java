package org.corporateparenting.application.ssda903;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corporateparenting.application.demo.DemoCouncil;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.health.MissingEpisode;

/** Packs a return's files into one ZIP, and gathers a generated council's records for the writer. */
public final class Ssda903Export {

    private Ssda903Export() {
    }

    /** The files as a ZIP archive, one CSV (UTF-8) per file of the return. */
    public static byte[] zip(Map<Ssda903File, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<Ssda903File, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey().fileName()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The records of a generated (not stored) council, so its 903 files can be written without a database. */
    public static Ssda903Records recordsOf(DemoCouncil council) {
        return new Ssda903Records(council.children(), council.episodes(),
                council.childRecords().stream().filter(UascPeriod.class::isInstance).map(UascPeriod.class::cast).toList(),
                council.reviews(),
                council.childRecords().stream().filter(BirthdayCheck.class::isInstance).map(BirthdayCheck.class::cast).toList(),
                council.childRecords().stream().filter(MissingEpisode.class::isInstance).map(MissingEpisode.class::cast).toList());
    }
}
