package org.corporateparenting.deployment;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine, the release the build takes from Maven Central) run inside the page with the
 * WCAG 2.0, 2.1 and 2.2 level A and AA rules. Each violation comes back as one line: the rule's id, its help text and the
 * targets of the elements that fail it, so a failing test says what to fix and where.
 */
final class Axe {

    /** The rule sets run: WCAG 2.2 AA is all of these together. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = source();

    private Axe() {
    }

    /** The violations on the page as it is now, each as "id: help [targets]". */
    static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        Object found = page.evaluate("async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags },"
                + " resultTypes: ['violations'] });"
                + " return r.violations.map(v => ({ id: v.id, help: v.help, targets: v.nodes.map(n => JSON.stringify(n.target)) })); }",
                WCAG_22_AA);
        List<String> lines = new ArrayList<>();
        for (Object o : (List<?>) found) {
            Map<?, ?> v = (Map<?, ?>) o;
            lines.add(v.get("id") + ": " + v.get("help") + " " + v.get("targets"));
        }
        return lines;
    }

    /** The version of axe-core the page runs, for the test's record. */
    static String version(Page page) {
        violations(page);
        return String.valueOf(page.evaluate("() => axe.version"));
    }

    private static String source() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
