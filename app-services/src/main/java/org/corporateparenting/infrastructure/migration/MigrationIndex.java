package org.corporateparenting.infrastructure.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The list of migration scripts, read from {@code db/migration/index.txt}. WildFly serves deployment
 * resources from a virtual file system that Flyway's classpath scanning does not reliably read, so
 * the scripts are listed explicitly; a unit test checks the list matches the folder.
 */
public final class MigrationIndex {

    public static final String FOLDER = "db/migration";

    private MigrationIndex() {
    }

    public static List<String> scripts(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + "/index.txt")) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + "/index.txt is missing from the deployment");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::trim).filter(line -> line.endsWith(".sql")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
