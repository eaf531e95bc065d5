package org.corporateparenting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dependencies point one way: web → services → reports/domain. Checked on the sources of each module. */
class LayeringTest {

    @ParameterizedTest(name = "{0} does not import {1}")
    @CsvSource({
        "app-domain, org.corporateparenting.application",
        "app-domain, org.corporateparenting.infrastructure",
        "app-domain, org.corporateparenting.web",
        "app-domain, org.corporateparenting.report",
        "app-reports, org.corporateparenting.application",
        "app-reports, org.corporateparenting.infrastructure",
        "app-reports, org.corporateparenting.web",
        "app-reports, jakarta.persistence",
        "app-services, org.corporateparenting.web",
        "app-services, com.vaadin",
        "app-web, net.sf.jasperreports",
    })
    void moduleDoesNotReachUpwards(String module, String forbidden) {
        List<String> offenders = sources(module).filter(file -> read(file).contains("import " + forbidden))
                .map(Path::toString).toList();
        assertThat(offenders).as("%s must not import %s", module, forbidden).isEmpty();
    }

    private static Stream<Path> sources(String module) {
        Path root = Path.of("..", module, "src", "main", "java");
        assertThat(root).isDirectory();
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
