package org.corporateparenting.application.ssda903;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corporateparenting.application.demo.DemoCouncil;
import java.util.List;
import org.corporateparenting.domain.adoption.AdoptionJourney;
import org.corporateparenting.domain.careleaver.BirthdayCheck;
import org.corporateparenting.domain.child.PreviousPermanence;
import org.corporateparenting.domain.child.UascPeriod;
import org.corporateparenting.domain.episode.SocialWorkerEpisode;
import org.corporateparenting.domain.health.HealthAssessment;
import org.corporateparenting.domain.health.HealthCheck;
import org.corporateparenting.domain.health.MissingEpisode;
import org.corporateparenting.domain.health.Oc2Return;

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
        List<Object> records = council.childRecords();
        return new Ssda903Records(council.children(), council.episodes(), of(records, UascPeriod.class), council.reviews(),
                of(records, BirthdayCheck.class), of(records, MissingEpisode.class),
                records.stream().filter(r -> r instanceof HealthAssessment || r instanceof HealthCheck).toList(), of(records, Oc2Return.class),
                of(records, AdoptionJourney.class), of(records, PreviousPermanence.class), of(records, SocialWorkerEpisode.class));
    }

    private static <T> List<T> of(List<Object> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
