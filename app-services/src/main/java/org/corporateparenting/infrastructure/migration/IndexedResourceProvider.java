package org.corporateparenting.infrastructure.migration;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** Gives Flyway the scripts named in the {@link MigrationIndex}, loaded from the class path. */
final class IndexedResourceProvider implements ResourceProvider {

    private final ClassLoader loader;
    private final List<String> scripts;

    IndexedResourceProvider(ClassLoader loader) {
        this.loader = loader;
        this.scripts = MigrationIndex.scripts(loader);
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.contains(name) ? new Script(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(name -> name.startsWith(prefix))
                .filter(name -> Arrays.stream(suffixes).anyMatch(name::endsWith))
                .<LoadableResource>map(Script::new)
                .toList();
    }

    private final class Script extends LoadableResource {
        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(MigrationIndex.FOLDER + "/" + name);
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is listed but missing");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return MigrationIndex.FOLDER + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
