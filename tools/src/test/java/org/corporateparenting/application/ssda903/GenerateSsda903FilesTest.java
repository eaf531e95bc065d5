package org.corporateparenting.application.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes each synthetic council its own folder of returns, each from its own seed. */
class GenerateSsda903FilesTest {

    @Test
    void severalCouncilsGetTheirOwnFoldersAndHistories(@TempDir Path out) throws Exception {
        GenerateSsda903Files.main(new String[] {out.toString(), "60", "2", "11", "2"});
        String year = Files.list(out.resolve("council-901")).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        Path first = out.resolve("council-901").resolve(year).resolve("episodes.csv");
        Path second = out.resolve("council-902").resolve(year).resolve("episodes.csv");
        assertThat(first).exists();
        assertThat(second).exists();
        assertThat(Files.readString(first)).startsWith("CHILD,DECOM").isNotEqualTo(Files.readString(second));
        assertThat(Files.list(out)).hasSize(2);
    }
}
