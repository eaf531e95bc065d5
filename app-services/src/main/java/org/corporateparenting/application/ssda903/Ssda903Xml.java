package org.corporateparenting.application.ssda903;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the DfE's XML form of the 903 return (the "Expanded SSDA903 Return", root element {@code EXPSSDA903}) into the
 * same tables, with the same column names, as the CSV files ({@link Ssda903File}), so that every check, the load and the
 * report read an XML return exactly as they read the CSV files. The layout, as the DfE's schema and the open-source 903
 * validators read it: a {@code CHILD} element per child holding a {@code HEADER} and its {@code EPISODE}s; the header's
 * own elements are the header columns ({@code CHILDID} is CHILD), UASC ({@code UASC} 1 and {@code DUC}), OC3
 * ({@code IN_TOUCH}, {@code ACTIV}, {@code ACCOM}) and AD1 ({@code DATE_INT} ... {@code LS_ADOPTR}); inside the header,
 * {@code AREVIEW} is a review, {@code AMISSING} a time missing, {@code OC2} the OC2 record, {@code PERMANENCE} previous
 * permanence and {@code AD_PLACED} a decision to place for adoption; an episode's {@code PL} is PLACE. Dates are written as
 * in the CSV files, DD/MM/YYYY. Also read, since case systems write them: wrappers ({@code EPISODES}, {@code REVIEWS},
 * {@code SW_EPISODES}), {@code REVIEW}, {@code MISSING}, {@code PREV_PERM}, {@code PLACED_ADOPTION} or
 * {@code PLACEDADOPTION} as records (an element with elements inside), {@code UASC}, {@code OC3} and {@code AD1} as records
 * of their own, and {@code SW_EPISODE} (social worker episodes, from 2023-24). A record's CHILD, DOB and SEX, where its
 * layout has them and it does not say them, are its child's header's.
 * <p>
 * Each table is named after the XML file and its CSV file ({@code return.xml#episodes.csv}), and a row's number is the
 * line of its element's start in the XML file (for UASC, OC3 and AD1 rows taken from the header, the line of their
 * first element). An element that is not part of the layout is reported by name and line, and not read; a document that
 * is not well formed is an error naming line and column, and nothing of it is read. The reader streams (StAX: one child
 * held at a time besides the rows) and is safe from external entities: a DOCTYPE is refused, DTDs are not supported and no
 * external resource is ever fetched.
 */
final class Ssda903Xml {

    static final String ROOT = "EXPSSDA903";
    private static final Map<String, Ssda903File> RECORDS = Map.ofEntries(Map.entry("EPISODE", Ssda903File.EPISODES),
            Map.entry("AREVIEW", Ssda903File.REVIEWS), Map.entry("REVIEW", Ssda903File.REVIEWS),
            Map.entry("AMISSING", Ssda903File.MISSING), Map.entry("MISSING", Ssda903File.MISSING),
            Map.entry("OC2", Ssda903File.OC2), Map.entry("OC3", Ssda903File.OC3), Map.entry("AD1", Ssda903File.AD1),
            Map.entry("UASC", Ssda903File.UASC), Map.entry("PERMANENCE", Ssda903File.PREVIOUS_PERMANENCE),
            Map.entry("PREV_PERM", Ssda903File.PREVIOUS_PERMANENCE), Map.entry("AD_PLACED", Ssda903File.PLACED_ADOPTION),
            Map.entry("PLACED_ADOPTION", Ssda903File.PLACED_ADOPTION), Map.entry("PLACEDADOPTION", Ssda903File.PLACED_ADOPTION),
            Map.entry("SW_EPISODE", Ssda903File.SOCIAL_WORKERS));
    private static final Set<String> WRAPPERS = Set.of("EPISODES", "REVIEWS", "SW_EPISODES");
    /** Element names that differ from the CSV column names. */
    private static final Map<String, String> COLUMNS = Map.of("CHILDID", "CHILD", "PL", "PLACE");
    /** The tables the header's own elements fill, besides the header. */
    private static final List<Ssda903File> FROM_HEADER = List.of(Ssda903File.UASC, Ssda903File.OC3, Ssda903File.AD1);
    /** The columns a record takes from its child's header when it does not say them. */
    private static final List<String> FROM_CHILD = List.of("CHILD", "DOB", "SEX");

    private final String name;
    private final Map<Ssda903File, List<CsvTable.Row>> rows = new EnumMap<>(Ssda903File.class);
    private final List<ImportProblem> problems = new ArrayList<>();

    private Ssda903Xml(String name) {
        this.name = name;
        for (Ssda903File file : Ssda903File.values()) {
            if (file != Ssda903File.SOCIAL_WORKERS) {
                rows.put(file, new ArrayList<>());
            }
        }
    }

    /** An element being read: its name, where it starts, its text and the values of the elements inside it. */
    private static final class Element {
        final String name;
        final int line;
        final StringBuilder text = new StringBuilder();
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();
        final List<Element> records = new ArrayList<>();
        boolean hasElements;

        Element(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    /** Whether a file is an XML return: by its name ({@code .xml}). */
    static boolean isXml(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** The tables of an XML return (none when it is not well formed), and the problems found reading it. */
    static Ssda903Tables read(String fileName, String text) {
        Ssda903Xml xml = new Ssda903Xml(fileName);
        try {
            xml.parse(text);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            xml.problems.add(error(fileName, 0, "", "The file is not well-formed XML" + where + " (" + reason(e) + "), so nothing in it "
                    + "is read: correct the document and upload it again."));
            return new Ssda903Tables(List.of(), xml.problems);
        } catch (Refused e) {
            return new Ssda903Tables(List.of(), xml.problems);
        }
        List<CsvTable> tables = new ArrayList<>();
        xml.rows.forEach((file, its) -> tables.add(new CsvTable(tableName(fileName, file), file.columns(), List.copyOf(its))));
        return new Ssda903Tables(List.copyOf(tables), List.copyOf(xml.problems));
    }

    /** The name of one table of an XML file: the file's name, {@code #} and the CSV file's ({@code return.xml#episodes.csv}). */
    static String tableName(String fileName, Ssda903File file) {
        return fileName + "#" + file.fileName();
    }

    /** Reading stops: the problem is already named. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own StAX parser, whatever the server provides, set so that it never reads a DTD or an external entity.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("an external resource (" + systemId + ") is referred to, and none is read");
        });
        return factory;
    }

    private void parse(String text) throws XMLStreamException, Refused {
        XMLStreamReader in = factory().createXMLStreamReader(new StringReader(text));
        Deque<Element> open = new ArrayDeque<>();
        try {
            while (in.hasNext()) {
                int event = in.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        problems.add(error(name, 0, "", "The document has a DOCTYPE (line " + in.getLocation().getLineNumber() + "); the "
                                + "903 XML has none, and a document with one is refused so that no external entity is ever read."));
                        throw new Refused();
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        problems.add(error(name, 0, "", "The document refers to the entity &" + in.getLocalName() + "; (line "
                                + in.getLocation().getLineNumber() + "), which the 903 XML never does, so it is refused."));
                        throw new Refused();
                    }
                    case XMLStreamConstants.START_ELEMENT -> start(open, in.getLocalName(), in.getLocation().getLineNumber());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(in.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end(open);
                    default -> {
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private void start(Deque<Element> open, String element, int line) throws Refused {
        if (open.isEmpty() && !element.equals(ROOT)) {
            problems.add(error(name, line, element, "The document's root element is " + element + ", not " + ROOT + " (the DfE's "
                    + "Expanded SSDA903 Return), so it is not read as a 903 return."));
            throw new Refused();
        }
        if (!open.isEmpty()) {
            open.peek().hasElements = true;
        }
        open.push(new Element(element, line));
    }

    private void end(Deque<Element> open) {
        Element done = open.pop();
        Element parent = open.peek();
        if (parent == null) {
            return;
        }
        boolean inRoot = open.size() == 1;
        if (inRoot) {
            if (done.name.equals("CHILD")) {
                child(done);
            } else {
                unknown(done, ROOT);
            }
            return;
        }
        if (!done.hasElements) {
            if (RECORDS.containsKey(done.name) && done.text.toString().isBlank() && !RECORDS.containsKey(parent.name)
                    || done.name.equals("UASC") && parent.name.equals("HEADER")) {
                // An empty record (<AREVIEW/>) holds nothing; UASC in the header is the flag that makes a UASC row.
                if (done.name.equals("UASC")) {
                    parent.values.put("UASC", done.text.toString());
                    parent.lines.put("UASC", done.line);
                }
                return;
            }
            String column = COLUMNS.getOrDefault(done.name, done.name);
            parent.values.put(column, done.text.toString());
            parent.lines.put(column, done.line);
            return;
        }
        if (done.name.equals("HEADER") || RECORDS.containsKey(done.name)) {
            childOf(open).records.add(done);
        } else if (!WRAPPERS.contains(done.name)) {
            unknown(done, parent.name);
        }
    }

    /** The CHILD element an element is inside (the one below the root). */
    private static Element childOf(Deque<Element> open) {
        Element child = null;
        int depth = open.size();
        for (Element e : open) {
            if (--depth == 1) {
                child = e;
            }
        }
        return child;
    }

    /** A whole child read: its header row, the UASC, OC3 and AD1 rows its header gives, and its records. */
    private void child(Element child) {
        Element header = child.records.stream().filter(r -> r.name.equals("HEADER")).findFirst().orElse(null);
        if (header == null) {
            problems.add(error(name, child.line, "HEADER", "The CHILD element at line " + child.line + " has no HEADER, so none of its "
                    + "records can be matched to a child and they are not read."));
            return;
        }
        if (child.records.stream().filter(r -> r.name.equals("HEADER")).count() > 1) {
            problems.add(error(name, child.line, "HEADER", "The CHILD element at line " + child.line + " has more than one HEADER; the "
                    + "first is read."));
        }
        child.values.keySet().forEach(leaf -> unknownField(leaf, child.lines.get(leaf), "CHILD"));
        Map<String, String> own = header.values;
        for (String leaf : own.keySet()) {
            boolean known = leaf.equals("UASC") || Ssda903File.HEADER.columns().contains(leaf)
                    || FROM_HEADER.stream().anyMatch(f -> f.columns().contains(leaf));
            if (!known) {
                unknownField(leaf, header.lines.get(leaf), "HEADER");
            }
        }
        add(Ssda903File.HEADER, header.line, own, own);
        boolean uascRecord = child.records.stream().anyMatch(r -> RECORDS.get(r.name) == Ssda903File.UASC);
        for (Ssda903File table : FROM_HEADER) {
            boolean given = table == Ssda903File.UASC ? !uascRecord && (own.getOrDefault("UASC", "").trim().equals("1")
                    || !own.getOrDefault("DUC", "").isBlank())
                    : table.columns().stream().filter(c -> !FROM_CHILD.contains(c)).anyMatch(c -> !own.getOrDefault(c, "").isBlank());
            if (given) {
                int line = Stream.concat(table.columns().stream().filter(c -> !FROM_CHILD.contains(c)),
                        Stream.of(table == Ssda903File.UASC ? "UASC" : "")).map(header.lines::get)
                        .filter(Objects::nonNull).min(Integer::compare).orElse(header.line);
                add(table, line, own, own);
            }
        }
        for (Element record : child.records) {
            Ssda903File table = RECORDS.get(record.name);
            if (table == null) {
                continue;
            }
            for (String leaf : record.values.keySet()) {
                if (!table.columns().contains(leaf)) {
                    unknownField(leaf, record.lines.get(leaf), record.name);
                }
            }
            add(table, record.line, record.values, own);
        }
    }

    private void add(Ssda903File table, int line, Map<String, String> values, Map<String, String> header) {
        List<String> row = new ArrayList<>(table.columns().size());
        for (String column : table.columns()) {
            String value = values.get(column);
            if (value == null && FROM_CHILD.contains(column)) {
                value = header.get(column);
            }
            row.add(value == null ? "" : value);
        }
        rows.computeIfAbsent(table, key -> new ArrayList<>()).add(new CsvTable.Row(line, row));
    }

    private void unknown(Element element, String parent) {
        problems.add(new ImportProblem(name, element.line, element.name, "", "The element " + element.name + " (line " + element.line
                + ", inside " + parent + ") is not part of the 903 XML layout, so it is not read.", ImportProblem.Severity.WARNING));
    }

    private void unknownField(String element, Integer line, String parent) {
        int at = line == null ? 0 : line;
        problems.add(new ImportProblem(name, at, element, "", "The element " + element + " (line " + at + ", inside " + parent + ") is "
                + "not part of the 903 XML layout, so it is not read.", ImportProblem.Severity.WARNING));
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).trim();
    }

    private static ImportProblem error(String file, int row, String field, String reason) {
        return new ImportProblem(file, row, field, "", reason, ImportProblem.Severity.ERROR);
    }
}
