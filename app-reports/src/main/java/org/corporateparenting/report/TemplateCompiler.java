package org.corporateparenting.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Run by the build ({@code process-classes}): compiles every {@code .jrxml} under the templates folder to a
 * {@code .jasper} beside the classes, at the same package path, so templates are checked like code and the server
 * never compiles one. Arguments: the templates folder and the classes folder.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        List<Path> templates;
        try (Stream<Path> files = Files.walk(sources)) {
            templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            Path compiled = classes.resolve(sources.relativize(template).toString().replaceAll("\\.jrxml$", ".jasper"));
            Files.createDirectories(compiled.getParent());
            JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
        }
        System.out.println("Compiled " + templates.size() + " report templates into " + classes);
    }
}
