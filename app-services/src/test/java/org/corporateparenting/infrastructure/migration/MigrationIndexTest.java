package org.corporateparenting.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationIndexTest {

    @Test
    void listsEveryScriptInTheFolderInVersionOrder() throws IOException {
        Path folder = Path.of("src/main/resources", MigrationIndex.FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
            assertThat(MigrationIndex.scripts(getClass().getClassLoader())).isEqualTo(onDisk).isNotEmpty();
        }
    }

    @Test
    void scriptNamesFollowTheVersionedPattern() {
        assertThat(MigrationIndex.scripts(getClass().getClassLoader()))
                .allMatch(name -> name.matches("V\\d{3}__[a-z_]+\\.sql"));
    }
}
