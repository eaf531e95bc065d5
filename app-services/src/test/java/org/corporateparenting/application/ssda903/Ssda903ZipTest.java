package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corporateparenting.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Uploads that unpack beyond their limits are refused while unpacking, naming the limit and the setting. */
class Ssda903ZipTest {

    private static final int MB = 1024 * 1024;

    /** A ZIP of {@code count} files of {@code mb} megabytes of one repeated character (a few KB packed each). */
    private static byte[] zip(int count, int mb) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            byte[] content = "a".repeat(mb * MB).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("2024-25/file" + i + ".csv"));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aSmallZipOfManyLargeFilesStopsAtTheUnpackedTotal() throws IOException {
        byte[] bomb = zip(12, 1);
        assertThat(bomb.length).as("packed small").isLessThan(200_000);
        assertThatThrownBy(() -> Ssda903Zip.files(bomb, new Ssda903Zip.Limits(100, 2, 10)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("unpacks to more than 10 MB (at 2024-25/file10.csv)")
                .hasMessageContaining("care.ssda903.max-unpacked-mb");
    }

    @Test
    void oneFileOverItsLimitIsNamed() throws IOException {
        assertThatThrownBy(() -> Ssda903Zip.files(zip(1, 3), new Ssda903Zip.Limits(100, 2, 10)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("2024-25/file0.csv is larger than 2 MB");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        assertThatThrownBy(() -> Ssda903Zip.files(zip(6, 0), new Ssda903Zip.Limits(5, 2, 10)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("more than 5 files and folders");
    }

    @Test
    void anUploadWithinItsLimitsIsReadWhole() throws IOException {
        assertThat(Ssda903Zip.files(zip(3, 1), new Ssda903Zip.Limits(5, 2, 10))).hasSize(3)
                .allSatisfy((path, text) -> assertThat(text).hasSize(MB));
        assertThat(Ssda903Zip.files(zip(2, 1))).as("the defaults without a server's configuration").hasSize(2);
    }
}
