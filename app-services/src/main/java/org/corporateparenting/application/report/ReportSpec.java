package org.corporateparenting.application.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corporateparenting.domain.report.ReportKind;

/**
 * What an annual report is made of, as the councils' committee papers to the board are laid out: the opening
 * fields of the cover, numbered sections (each with the tables it shows), then the closing fields (implications,
 * risk, equalities, appendices, background papers), numbered on from the sections. Every part has the words it
 * starts from until an author writes their own; the tables named in {@code charts} are drawn too. Words may quote
 * figures as {@code {key}}; {@code {year}},
 * {@code {lastYear}} and {@code {council}} are always there.
 * <p>
 * A section is <em>statutory</em> when the statutory source of the report (the IRO Handbook, the Fostering or Adoption
 * National Minimum Standards, the Children and Social Work Act 2017 for care leavers, the board's terms of reference)
 * asks the report to give an account of it; its {@code guidance} says what the source asks the section to say, and
 * is shown to the author. A statutory section must have words before the report is published: its tables do not
 * count, because every source asks for the service's account of its figures (what they show, why, what it will do),
 * not the counts alone. A section with only tables that no source asks about (an agency's quarter-by-quarter
 * flows) is not statutory and may go out without words.
 */
record ReportSpec(ReportKind kind, String title, List<Block> cover, List<Section> sections, List<Block> closing, java.util.Set<String> charts) {

    /** A report whose tables have no charts. */
    ReportSpec(ReportKind kind, String title, List<Block> cover, List<Section> sections, List<Block> closing) {
        this(kind, title, cover, sections, closing, java.util.Set.of());
    }

    /** The same report with a chart beside each of these tables (this year's bars beside last year's). */
    ReportSpec charting(String... tables) {
        return new ReportSpec(kind, title, cover, sections, closing, java.util.Set.of(tables));
    }

    /** Every part an author writes, in the order they appear: cover, sections, closing fields. */
    List<Block> parts() {
        List<Block> all = new ArrayList<>(cover);
        sections.forEach(s -> all.add(new Block(s.key(), s.heading(), s.starting())));
        all.addAll(closing);
        return all;
    }

    /** A cover field: its key (as stored), label, and starting words. */
    record Block(String key, String label, String starting) {
    }

    /**
     * A section: key, heading, the keys of its tables, starting words; whether it is statutory (must not be published
     * without words) and the guidance shown to its author (what the statutory source asks it to say).
     */
    record Section(String key, String heading, List<String> tables, String starting, boolean statutory, String guidance) {

        /** A section no statutory source asks for, without guidance. */
        Section(String key, String heading, List<String> tables, String starting) {
            this(key, heading, tables, starting, false, "");
        }

        /** The same section, statutory: the source asks it to say what {@code guidance} says. */
        Section statutory(String guidance) {
            return new Section(key, heading, tables, starting, true, guidance);
        }

        /** The same section with guidance for its author, though no statutory source requires it. */
        Section guided(String guidance) {
            return new Section(key, heading, tables, starting, false, guidance);
        }
    }

    /** The statutory sections, in order. */
    List<Section> statutorySections() {
        return sections.stream().filter(Section::statutory).toList();
    }

    /** The section with this key, if the part is a section. */
    Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The committee paper's opening fields, as the councils' reports to the board carry them. */
    static List<Block> committeeCover(String summary, String recommendation, String reason) {
        return List.of(
                new Block("portfolioHolder", "Portfolio holder", ""),
                new Block("executiveDirector", "Executive director", ""),
                new Block("author", "Report author", ""),
                new Block("authorTitle", "Author's title", ""),
                new Block("status", "Report status", "Public"),
                new Block("summary", "Brief summary", summary),
                new Block("recommendation", "Recommendation", recommendation),
                new Block("reason", "Reason for the recommendation", reason));
    }

    /** The committee paper's closing fields, numbered on from the report's sections. */
    static List<Block> committeeClosing(String background) {
        return List.of(
                new Block("financial", "Financial implications", "None arising from this report."),
                new Block("wellbeing", "Well-being and health implications", "Set out in the report."),
                new Block("environmental", "Environmental implications", "None."),
                new Block("other", "Other implications", "None."),
                new Block("risk", "Risk assessment", "Low: the report is for information."),
                new Block("equalities", "Equalities impact assessment", "Not needed: the report proposes no change to policy or service."),
                new Block("appendices", "Appendices", "None."),
                new Block("backgroundPapers", "Background papers", background));
    }

    /** Cover fields that must not be left empty before publishing. */
    static final List<String> REQUIRED = List.of("portfolioHolder", "author", "recommendation");
}
